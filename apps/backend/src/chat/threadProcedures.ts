import {
  chatAdoptedSchema,
  chatAdoptInputSchema,
  chatDeletedSchema,
  chatRenameInputSchema,
  chatThreadInputSchema,
  chatThreadListInputSchema,
  chatThreadListSchema,
  chatThreadSchema,
  chatThreadSummarySchema,
} from '@scentence/api/schemas';
import type { TRPCRouterRecord } from '@trpc/server';
import { CHAT_ERROR_DOCS } from './chatErrors';
import { chatMemberProcedure } from './chatMemberProcedure';
import type { ChatServices } from './chatServices';

const tags = ['chat'];
const THREAD_PATH = '/chat/threads/{threadId}';

/** The signed-in member's threads: list, read, rename, delete, and keep a guest's threads after signing in. */
export function threadProcedures(services: () => ChatServices) {
  const threads = () => services().threads;
  return {
    threads: chatMemberProcedure
      .meta({
        openapi: { method: 'GET', path: '/chat/threads', tags, summary: 'My threads, most recently active first' },
      })
      .input(chatThreadListInputSchema)
      .output(chatThreadListSchema)
      .query(({ ctx, input }) => threads().list(ctx.memberId, input.limit, input.cursor)),

    thread: chatMemberProcedure
      .meta({
        openapi: { method: 'GET', path: THREAD_PATH, tags, summary: 'One of my threads with its messages' },
        errors: { 404: CHAT_ERROR_DOCS.threadNotFound },
      })
      .input(chatThreadInputSchema)
      .output(chatThreadSchema)
      .query(({ ctx, input }) => threads().get(ctx.memberId, input.threadId)),

    rename: chatMemberProcedure
      .meta({
        openapi: { method: 'PATCH', path: THREAD_PATH, tags, summary: 'Rename one of my threads' },
        errors: { 404: CHAT_ERROR_DOCS.threadNotFound },
      })
      .input(chatRenameInputSchema)
      .output(chatThreadSummarySchema)
      .mutation(({ ctx, input }) => threads().rename(ctx.memberId, input.threadId, input.title)),

    delete: chatMemberProcedure
      .meta({
        openapi: { method: 'DELETE', path: THREAD_PATH, tags, summary: 'Delete one of my threads with its messages' },
        errors: { 404: CHAT_ERROR_DOCS.threadNotFound },
      })
      .input(chatThreadInputSchema)
      .output(chatDeletedSchema)
      .mutation(({ ctx, input }) => threads().delete(ctx.memberId, input.threadId)),

    adopt: chatMemberProcedure
      .meta({
        openapi: {
          method: 'POST',
          path: '/chat/threads/adopt',
          tags,
          summary: "After signing in: the guest's threads become mine",
          description:
            "Signing in keeps the conversation: the guest token's threads that have not expired move to the member",
        },
        errors: { 401: CHAT_ERROR_DOCS.guestInvalid },
      })
      .input(chatAdoptInputSchema)
      .output(chatAdoptedSchema)
      .mutation(({ ctx, input }) => threads().adopt(ctx.memberId, input.guestToken)),
  } satisfies TRPCRouterRecord;
}
