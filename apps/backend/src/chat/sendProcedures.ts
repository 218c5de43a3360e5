import { operationDocs, publicProcedure } from '@scentence/api';
import { chatSendInputSchema, chatSendResultSchema } from '@scentence/api/schemas';
import type { TRPCRouterRecord } from '@trpc/server';
import { CHAT_ERROR_DOCS } from './chatErrors';
import type { ChatServices } from './chatServices';

const docs = operationDocs('chat');

/** Sending a message, members' and guests' alike: the whole answer, or the answer streamed. */
export function sendProcedures(chat: () => ChatServices['chat']) {
  return {
    send: publicProcedure
      .meta(
        docs.post('/chat/messages', 'Send a message and get the whole answer', {
          description:
            'Continues `threadId` or starts a thread. A member is known by the bearer token; a guest sends `guestToken` from `POST /chat/guest-sessions` (30 messages a day by default; a member may send 120 an hour). The answer recommends perfumes with the reasons they fit (`cards`), asks one question, answers about a perfume, a note or an accord, compares two perfumes, answers a layering question, or says honestly what it cannot know; `understood` is the request as the thread now understands it. Streaming clients use `POST /chat/messages/stream`',
          errors: {
            401: CHAT_ERROR_DOCS.guestRequired,
            404: CHAT_ERROR_DOCS.threadNotFound,
            409: CHAT_ERROR_DOCS.busy,
            429: CHAT_ERROR_DOCS.messageLimit,
          },
        }),
      )
      .input(chatSendInputSchema)
      .output(chatSendResultSchema)
      .mutation(({ ctx, input }) => chat().send(ctx.caller, input)),

    /**
     * The same answer as `send`, streamed: over tRPC with `httpBatchStreamLink` (an async iterable
     * of `chatStreamEventSchema` events), over REST as `POST /chat/messages/stream`
     * (`text/event-stream`, see chatEventStream.ts). A refusal (401, 404, 429) comes before any event.
     */
    stream: publicProcedure
      .input(chatSendInputSchema)
      .mutation(async ({ ctx, input }) => chat().events(await chat().open(ctx.caller, input))),
  } satisfies TRPCRouterRecord;
}
