import { publicProcedure } from '@scentence/api';
import { clientAddressOf, connectionAddressOf } from '@scentence/api/clientAddress';
import {
  chatGuestSessionInputSchema,
  chatGuestSessionSchema,
  chatGuestThreadInputSchema,
  chatSendInputSchema,
  chatSendResultSchema,
  chatThreadSchema,
} from '@scentence/api/schemas';
import type { TRPCRouterRecord } from '@trpc/server';
import { CHAT_ERROR_DOCS } from './chatErrors';
import type { ChatServices } from './chatServices';

const tags = ['chat'];

/** Sending a message (members and guests), starting a guest session, and a guest reading their thread. */
export function sendProcedures(services: () => ChatServices) {
  return {
    send: publicProcedure
      .meta({
        openapi: {
          method: 'POST',
          path: '/chat/messages',
          tags,
          summary: 'Send a message and get the whole answer',
          description:
            'Continues `threadId` or starts a thread. A member is known by the bearer token; a guest sends `guestToken` from `POST /chat/guest-sessions` (30 messages a day by default; a member may send 120 an hour). The answer recommends perfumes with the reasons they fit (`cards`), asks one question, answers about a perfume, a note or an accord, compares two perfumes, answers a layering question, or says honestly what it cannot know; `understood` is the request as the thread now understands it. Streaming clients use `POST /chat/messages/stream`',
        },
        errors: {
          401: CHAT_ERROR_DOCS.guestRequired,
          404: CHAT_ERROR_DOCS.threadNotFound,
          409: CHAT_ERROR_DOCS.busy,
          429: CHAT_ERROR_DOCS.messageLimit,
        },
      })
      .input(chatSendInputSchema)
      .output(chatSendResultSchema)
      .mutation(({ ctx, input }) => services().chat.send(ctx.caller, input)),

    /**
     * The same answer as `send`, streamed: over tRPC with `httpBatchStreamLink` (an async iterable
     * of `chatStreamEventSchema` events), over REST as `POST /chat/messages/stream`
     * (`text/event-stream`, see chatEventStream.ts). A refusal (401, 404, 429) comes before any event.
     */
    stream: publicProcedure
      .input(chatSendInputSchema)
      .mutation(async ({ ctx, input }) => services().chat.events(await services().chat.open(ctx.caller, input))),

    guestSession: publicProcedure
      .meta({
        openapi: {
          method: 'POST',
          path: '/chat/guest-sessions',
          tags,
          summary: 'Start chatting as a guest: a signed guest token for 24 hours',
          description:
            "Keep `guestToken` (the web app keeps it in a cookie) and send it with each message; the guest's threads are kept until `expiresAt`. After signing in, `POST /chat/threads/adopt` keeps them. Sessions are limited per client address and day (10 by default): the address is the connection's, or the browser's when the web app calls",
        },
        errors: { 429: CHAT_ERROR_DOCS.guestSessionLimit },
      })
      .input(chatGuestSessionInputSchema)
      .output(chatGuestSessionSchema)
      .mutation(({ ctx, input }) => {
        // Only the web app may vouch for a browser's address; a direct caller is known by its connection.
        const address =
          ctx.caller?.role === 'service' ? clientAddressOf(ctx.caller, input.clientAddress) : connectionAddressOf(ctx);
        return services().threads.guestSession(address);
      }),

    guestThread: publicProcedure
      .meta({
        openapi: {
          method: 'POST',
          path: '/chat/guest-threads/{threadId}',
          tags,
          summary: "A guest's thread with its messages",
          description:
            'POST so that the guest token travels in the body, never in a URL. A thread of another guest or of a member is not found',
        },
        errors: { 401: CHAT_ERROR_DOCS.guestInvalid, 404: CHAT_ERROR_DOCS.threadNotFound },
      })
      .input(chatGuestThreadInputSchema)
      .output(chatThreadSchema)
      .mutation(({ input }) => services().threads.guestThread(input.guestToken, input.threadId)),
  } satisfies TRPCRouterRecord;
}
