import type { WeightedPerfume } from '@scentence/domain/taste';
import type { Sql } from '../connections';
import { type ChatCandidateQuery, chatCandidates, chatPerfumeFacts, tasteCloseness } from './chatCatalog';

/** What the chat reads from perfume_db beyond the shared perfume repository. */
export function createChatCatalog(sql: Sql) {
  return {
    /** Perfumes meeting every filter, best first by a prior (accords, notes, popularity, a reference). */
    candidates: (query: ChatCandidateQuery) => chatCandidates(sql, query),
    /** Every fact the chat checks and tells, for many perfumes at once. */
    facts: (ids: readonly number[]) => chatPerfumeFacts(sql, ids),
    /** How close each perfume is to a member's taste (0..1). */
    tasteCloseness: (liked: readonly WeightedPerfume[], ids: readonly number[]) => tasteCloseness(sql, liked, ids),
  };
}

export type ChatCatalog = ReturnType<typeof createChatCatalog>;
