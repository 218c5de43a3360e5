import { operationDocs, publicProcedure } from '@scentence/api';
import { throttleAddressOf } from '@scentence/api/clientAddress';
import {
  chatGuestSessionInputSchema,
  chatGuestSessionSchema,
  chatGuestThreadInputSchema,
  chatThreadSchema,
} from '@scentence/api/schemas';
import type { TRPCRouterRecord } from '@trpc/server';
import { CHAT_ERROR_DOCS } from './chatErrors';
import type { ChatServices } from './chatServices';

const docs = operationDocs('chat');

/** Chatting without an account: starting a guest session, and a guest reading their thread. */
export function guestProcedures(threads: () => ChatServices['threads']) {
  return {
    guestSession: publicProcedure
      .meta(
        docs.post('/chat/guest-sessions', 'Start chatting as a guest: a signed guest token for 24 hours', {
          description:
            "Keep `guestToken` (the web app keeps it in a cookie) and send it with each message; the guest's threads are kept until `expiresAt`. After signing in, `POST /chat/threads/adopt` keeps them. Sessions are limited per client address and day (10 by default): the address is the connection's, or the browser's when the web app calls",
          errors: { 429: CHAT_ERROR_DOCS.guestSessionLimit },
        }),
      )
      .input(chatGuestSessionInputSchema)
      .output(chatGuestSessionSchema)
      .mutation(({ ctx, input }) => threads().guestSession(throttleAddressOf(ctx, input.clientAddress))),

    guestThread: publicProcedure
      .meta(
        docs.post('/chat/guest-threads/{threadId}', "A guest's thread with its messages", {
          description:
            'POST so that the guest token travels in the body, never in a URL. A thread of another guest or of a member is not found',
          errors: { 401: CHAT_ERROR_DOCS.guestInvalid, 404: CHAT_ERROR_DOCS.threadNotFound },
        }),
      )
      .input(chatGuestThreadInputSchema)
      .output(chatThreadSchema)
      .mutation(({ input }) => threads().guestThread(input.guestToken, input.threadId)),
  } satisfies TRPCRouterRecord;
}
