import type { Sql } from '../connections';
import {
  clearRateLimitBucket,
  consumeRateLimits,
  pruneRateLimitEvents,
  type RateLimitTable,
  releaseRateLimitEvents,
  type WindowPolicy,
  type WindowRule,
} from './rateLimitEvents';

export type { ConsumeOutcome, RateLimitTable, WindowDecision, WindowPolicy, WindowRule } from './rateLimitEvents';

/**
 * A database's rate-limit events (member_db for logins and the chat, recom_db for layering), in
 * the database every replica shares, so a limit holds across them.
 */
export function createRateLimitRepository(sql: Sql, table: RateLimitTable) {
  return {
    consumeRateLimits: (rules: readonly WindowRule[], now: Date, policy: WindowPolicy) =>
      consumeRateLimits(sql, table, rules, now, policy),
    releaseRateLimitEvents: (eventIds: readonly string[]) => releaseRateLimitEvents(sql, table, eventIds),
    clearRateLimitBucket: (bucket: string) => clearRateLimitBucket(sql, table, bucket),
    pruneRateLimitEvents: (before: Date) => pruneRateLimitEvents(sql, table, before),
  };
}

export type RateLimitRepository = ReturnType<typeof createRateLimitRepository>;
