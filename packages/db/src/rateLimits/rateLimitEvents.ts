import type { TransactionSql } from 'postgres';
import type { Sql } from '../connections';

export interface WindowRule {
  /** e.g. "login:account:<email>". */
  bucket: string;
  /** Events allowed within the window. */
  limit: number;
  windowMs: number;
}

export interface WindowDecision {
  allowed: boolean;
  /** When not allowed: how long until one more event fits. */
  retryAfterSeconds: number;
}

/** Decides from a bucket's events inside its window (newest first, at most `limit`). */
export type WindowPolicy = (recent: readonly Date[], rule: WindowRule, now: Date) => WindowDecision;

/**
 * Where a database keeps its events: member_db's logins and chat in `rate_limit_events`, recom_db's
 * layering calls in `layering_rate_limit_events`, so that one PostgreSQL database holding all three
 * (a single DATABASE_URL) keeps them apart and one service's pruning never drops the other's.
 */
export type RateLimitTable = 'rate_limit_events' | 'layering_rate_limit_events';

export type ConsumeOutcome = { allowed: true; eventIds: string[] } | { allowed: false; retryAfterSeconds: number };

interface PoolCalls {
  /** The last call waiting for each set of buckets. */
  queues: Map<string, Promise<unknown>>;
  /** How many calls are waiting or running for each bucket. */
  perBucket: Map<string, number>;
}

const callsByPool = new WeakMap<Sql, PoolCalls>();

function callsOf(sql: Sql): PoolCalls {
  let calls = callsByPool.get(sql);
  if (!calls) {
    calls = { queues: new Map(), perBucket: new Map() };
    callsByPool.set(sql, calls);
  }
  return calls;
}

/** Whether a call of this process is already waiting or running for one of these buckets. */
function contended(sql: Sql, buckets: readonly string[]): boolean {
  const perBucket = callsByPool.get(sql)?.perBucket;
  return perBucket !== undefined && buckets.some((bucket) => perBucket.has(bucket));
}

/**
 * Runs `work` after the process's earlier calls for the same buckets: they would only wait for the
 * same advisory lock, each holding a pool connection meanwhile, and one caller flooding one bucket
 * (every REST client behind a balancer shares an address) took every connection of the pool, so
 * that nobody else's query ran. In line here, a bucket holds at most one connection per process.
 */
function afterEarlierCalls<T>(sql: Sql, buckets: readonly string[], work: () => Promise<T>): Promise<T> {
  const { queues, perBucket } = callsOf(sql);
  const key = buckets.join('\n');
  for (const bucket of buckets) perBucket.set(bucket, (perBucket.get(bucket) ?? 0) + 1);
  const turn = (queues.get(key) ?? Promise.resolve()).then(work, work);
  const settled = turn.then(
    () => {},
    () => {},
  );
  queues.set(key, settled);
  void settled.then(() => {
    if (queues.get(key) === settled) queues.delete(key);
    for (const bucket of buckets) {
      const left = (perBucket.get(bucket) ?? 1) - 1;
      if (left > 0) perBucket.set(bucket, left);
      else perBucket.delete(bucket);
    }
  });
  return turn;
}

/**
 * Checks every bucket and, only when all allow it, records one event in each, atomically: a
 * per-bucket advisory lock keeps parallel requests on any replica from slipping past the limit.
 */
export async function consumeRateLimits(
  sql: Sql,
  table: RateLimitTable,
  rules: readonly WindowRule[],
  now: Date,
  policy: WindowPolicy,
): Promise<ConsumeOutcome> {
  const ordered = [...rules].sort((a, b) => a.bucket.localeCompare(b.bucket));
  const buckets = ordered.map((rule) => rule.bucket);
  // While another call has one of these buckets (perhaps a flood), a bucket already full is refused
  // without waiting in line or for the lock, at one read each; alone, a call reads only under the lock.
  if (contended(sql, buckets)) {
    const refused = await waitWhenFull(sql, table, ordered, now, policy);
    if (refused > 0) return { allowed: false, retryAfterSeconds: refused };
  }
  return afterEarlierCalls(sql, buckets, () => consumeInOrder(sql, table, ordered, now, policy));
}

async function recentEvents(
  sql: Sql | TransactionSql,
  table: RateLimitTable,
  rule: WindowRule,
  now: Date,
): Promise<Date[]> {
  const since = new Date(now.getTime() - rule.windowMs);
  const rows = await sql<{ at: Date }[]>`
    SELECT occurred_at AS at FROM ${sql(table)}
    WHERE bucket = ${rule.bucket} AND occurred_at > ${since} AND occurred_at <= ${now}
    ORDER BY occurred_at DESC LIMIT ${rule.limit}`;
  return rows.map((row) => row.at);
}

/** The longest wait of the buckets that are full as read now, without a lock; 0 when none is. */
async function waitWhenFull(
  sql: Sql,
  table: RateLimitTable,
  ordered: readonly WindowRule[],
  now: Date,
  policy: WindowPolicy,
) {
  let retryAfterSeconds = 0;
  for (const rule of ordered) {
    const decision = policy(await recentEvents(sql, table, rule, now), rule, now);
    if (!decision.allowed) retryAfterSeconds = Math.max(retryAfterSeconds, decision.retryAfterSeconds);
  }
  return retryAfterSeconds;
}

function consumeInOrder(
  sql: Sql,
  table: RateLimitTable,
  ordered: readonly WindowRule[],
  now: Date,
  policy: WindowPolicy,
): Promise<ConsumeOutcome> {
  return sql.begin(async (tx) => {
    let retryAfterSeconds = 0;
    for (const rule of ordered) {
      await tx`SELECT pg_advisory_xact_lock(hashtext(${`scentence:rate:${rule.bucket}`}))`;
      const decision = policy(await recentEvents(tx, table, rule, now), rule, now);
      if (!decision.allowed) retryAfterSeconds = Math.max(retryAfterSeconds, decision.retryAfterSeconds);
    }
    if (retryAfterSeconds > 0) return { allowed: false, retryAfterSeconds };
    const buckets = ordered.map((rule) => rule.bucket);
    const rows = await tx<{ id: string }[]>`
      INSERT INTO ${tx(table)} (bucket, occurred_at)
      SELECT bucket, ${now}::timestamptz FROM unnest(${buckets}::text[]) AS bucket
      RETURNING id::text AS id`;
    return { allowed: true, eventIds: rows.map((row) => row.id) };
  });
}

/** Takes back events recorded for an attempt that turned out not to count (a successful login). */
export async function releaseRateLimitEvents(
  sql: Sql,
  table: RateLimitTable,
  eventIds: readonly string[],
): Promise<void> {
  if (eventIds.length === 0) return;
  await sql`DELETE FROM ${sql(table)} WHERE id = ANY(${eventIds as string[]}::bigint[])`;
}

export async function clearRateLimitBucket(sql: Sql, table: RateLimitTable, bucket: string): Promise<void> {
  await sql`DELETE FROM ${sql(table)} WHERE bucket = ${bucket}`;
}

/** Drops events no window can still see. */
export async function pruneRateLimitEvents(sql: Sql, table: RateLimitTable, before: Date): Promise<number> {
  const rows = await sql`DELETE FROM ${sql(table)} WHERE occurred_at < ${before}`;
  return rows.count;
}
