import type { ChatGuestSession, ChatThread, ChatThreadList, ChatThreadSummary } from '@scentence/api/schemas';
import { type ChatOwner, createWindowLimiter } from '@scentence/db';
import type { ChatDependencies } from './chatDependencies';
import { guestExpired, guestSessionLimit, threadNotFound } from './chatErrors';
import { threadSummary, threadView } from './chatViews';
import { issueGuestToken, verifyGuestToken } from './guestToken';

/** Reading and keeping threads: a member's own, or a guest's by their token. */
export function createThreadService(deps: ChatDependencies) {
  async function guestOf(guestToken: string): Promise<string> {
    const guestId = await verifyGuestToken(deps.authSecret, guestToken, deps.clock());
    if (!guestId) throw guestExpired();
    return guestId;
  }

  async function read(owner: ChatOwner, threadId: string): Promise<ChatThread> {
    const thread = await deps.chats.find(owner, threadId, deps.clock());
    if (!thread) throw threadNotFound();
    return threadView(thread, await deps.chats.messages(thread.id));
  }

  return {
    async list(memberId: string, limit: number, cursor: number): Promise<ChatThreadList> {
      const { items, total } = await deps.chats.list(memberId, limit, cursor);
      const next = cursor + items.length;
      return { items: items.map(threadSummary), total, nextCursor: items.length > 0 && next < total ? next : null };
    },

    get: (memberId: string, threadId: string) => read({ memberId }, threadId),

    async guestThread(guestToken: string, threadId: string): Promise<ChatThread> {
      return read({ guestId: await guestOf(guestToken) }, threadId);
    },

    async rename(memberId: string, threadId: string, title: string): Promise<ChatThreadSummary> {
      const thread = await deps.chats.rename(memberId, threadId, title);
      if (!thread) throw threadNotFound();
      return threadSummary(thread);
    },

    async delete(memberId: string, threadId: string): Promise<{ deleted: boolean }> {
      if (!(await deps.chats.delete(memberId, threadId))) throw threadNotFound();
      return { deleted: true };
    },

    /**
     * A new guest, within the sessions allowed to `clientAddress` today; guests' threads past
     * their 24 hours are cleared on the way.
     */
    async guestSession(clientAddress: string): Promise<ChatGuestSession> {
      const now = deps.clock();
      if (deps.members) {
        const { repository, guestSessions } = deps.members;
        const refuse = (seconds: number) => guestSessionLimit(guestSessions.limit, seconds);
        await createWindowLimiter(repository, { clock: () => now, refuse }).consume([
          { bucket: `chat:guest-sessions:${clientAddress}`, ...guestSessions },
        ]);
      }
      await deps.chats.deleteExpired(now);
      const session = await issueGuestToken(deps.authSecret, now);
      return { guestToken: session.guestToken, expiresAt: session.expiresAt.toISOString() };
    },

    /** After signing in: the guest's live threads become the member's. */
    async adopt(memberId: string, guestToken: string): Promise<{ threads: string[] }> {
      const guestId = await guestOf(guestToken);
      return { threads: await deps.chats.adoptGuestThreads(guestId, memberId, deps.clock()) };
    },
  };
}

export type ThreadService = ReturnType<typeof createThreadService>;
