import { router } from '@scentence/api';
import type { TRPCRouterRecord } from '@trpc/server';
import type { ChatDependencies } from './chatDependencies';
import { chatServicesGetter } from './chatServices';
import { guestProcedures } from './guestProcedures';
import { sendProcedures } from './sendProcedures';
import { threadProcedures } from './threadProcedures';

/**
 * `chat.*`: the perfume chat. Members and guests send messages; members list, read, rename and
 * delete their threads. Absent dependencies (no recom_db in this process) answer 503.
 */
export function createChatRouter(deps: ChatDependencies | undefined) {
  const services = chatServicesGetter(deps);
  const send = sendProcedures(() => services().chat);
  const guests = guestProcedures(() => services().threads);
  const threads = threadProcedures(() => services().threads);
  return router({
    send: send.send,
    stream: send.stream,
    guestSession: guests.guestSession,
    guestThread: guests.guestThread,
    threads: threads.threads,
    thread: threads.thread,
    rename: threads.rename,
    delete: threads.delete,
    adopt: threads.adopt,
  } satisfies TRPCRouterRecord);
}
