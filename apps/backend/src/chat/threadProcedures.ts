import { operationDocs } from '@scentence/api';
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
import { tokenMemberProcedure } from '../member/shared/tokenMemberProcedure';
import { CHAT_ERROR_DOCS } from './chatErrors';
import type { ChatServices } from './chatServices';

const docs = operationDocs('chat');
const THREAD_PATH = '/chat/threads/{threadId}';

/** The signed-in member's threads: list, read, rename, delete, and keep a guest's threads after signing in. */
export function threadProcedures(threads: () => ChatServices['threads']) {
  return {
    threads: tokenMemberProcedure
      .meta(docs.get('/chat/threads', 'My threads, most recently active first'))
      .input(chatThreadListInputSchema)
      .output(chatThreadListSchema)
      .query(({ ctx, input }) => threads().list(ctx.memberId, input.limit, input.cursor)),

    thread: tokenMemberProcedure
      .meta(
        docs.get(THREAD_PATH, 'One of my threads with its messages', {
          errors: { 404: CHAT_ERROR_DOCS.threadNotFound },
        }),
      )
      .input(chatThreadInputSchema)
      .output(chatThreadSchema)
      .query(({ ctx, input }) => threads().get(ctx.memberId, input.threadId)),

    rename: tokenMemberProcedure
      .meta(docs.patch(THREAD_PATH, 'Rename one of my threads', { errors: { 404: CHAT_ERROR_DOCS.threadNotFound } }))
      .input(chatRenameInputSchema)
      .output(chatThreadSummarySchema)
      .mutation(({ ctx, input }) => threads().rename(ctx.memberId, input.threadId, input.title)),

    delete: tokenMemberProcedure
      .meta(
        docs.delete(THREAD_PATH, 'Delete one of my threads with its messages', {
          errors: { 404: CHAT_ERROR_DOCS.threadNotFound },
        }),
      )
      .input(chatThreadInputSchema)
      .output(chatDeletedSchema)
      .mutation(({ ctx, input }) => threads().delete(ctx.memberId, input.threadId)),

    adopt: tokenMemberProcedure
      .meta(
        docs.post('/chat/threads/adopt', "After signing in: the guest's threads become mine", {
          description:
            "Signing in keeps the conversation: the guest token's threads that have not expired move to the member",
          errors: { 401: CHAT_ERROR_DOCS.guestInvalid },
        }),
      )
      .input(chatAdoptInputSchema)
      .output(chatAdoptedSchema)
      .mutation(({ ctx, input }) => threads().adopt(ctx.memberId, input.guestToken)),
  } satisfies TRPCRouterRecord;
}
