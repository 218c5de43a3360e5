import type { Sql } from '../connections';
import {
  adoptGuestChatThreads,
  appendChatTurn,
  type ChatOwner,
  type ChatTurn,
  type ChatTurnTarget,
  chatMessagesOf,
  deleteChatThread,
  deleteChatThreadsOf,
  deleteExpiredChatThreads,
  findChatThread,
  listChatThreads,
  renameChatThread,
} from './chatThreads';

export type { ChatMessageRecord, ChatOwner, ChatThreadRecord, ChatTurn, ChatTurnTarget } from './chatThreads';

/**
 * The chat's threads and messages in recom_db. Every read and change names the owner: a member's
 * thread is never reachable through another member's id or a guest's, and a guest's only until it
 * expires.
 */
export function createChatRepository(sql: Sql) {
  return {
    find: (owner: ChatOwner, id: string, now: Date) => findChatThread(sql, owner, id, now),
    list: (memberId: string, limit: number, offset: number) => listChatThreads(sql, memberId, limit, offset),
    messages: (threadId: string) => chatMessagesOf(sql, threadId),
    rename: (memberId: string, id: string, title: string) => renameChatThread(sql, memberId, id, title),
    delete: (memberId: string, id: string) => deleteChatThread(sql, memberId, id),
    appendTurn: (target: ChatTurnTarget, turn: ChatTurn) => appendChatTurn(sql, target, turn),
    adoptGuestThreads: (guestId: string, memberId: string, now: Date) =>
      adoptGuestChatThreads(sql, guestId, memberId, now),
    deleteExpired: (now: Date) => deleteExpiredChatThreads(sql, now),
    /** For the member purge. */
    deleteMembers: (memberIds: readonly string[]) => deleteChatThreadsOf(sql, memberIds),
  };
}

export type ChatRepository = ReturnType<typeof createChatRepository>;

export type {
  ChatCandidate,
  ChatCandidateFilters,
  ChatCandidateQuery,
  ChatPerfumeFacts,
} from './chatCatalog';
