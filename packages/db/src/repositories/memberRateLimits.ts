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

export type ConsumeOutcome = { allowed: true; eventIds: string[] } | { allowed: false; retryAfterSeconds: number };

/**
 * Checks every bucket and, only when all allow it, records one event in each, atomically: a
 * per-bucket advisory lock keeps parallel requests on any replica from slipping past the limit.
 */
export async function consumeRateLimits(
  sql: Sql,
  rules: readonly WindowRule[],
  now: Date,
  policy: WindowPolicy,
): Promise<ConsumeOutcome> {
  const ordered = [...rules].sort((a, b) => a.bucket.localeCompare(b.bucket));
  return sql.begin(async (tx) => {
    let retryAfterSeconds = 0;
    for (const rule of ordered) {
      await tx`SELECT pg_advisory_xact_lock(hashtext(${`scentence:rate:${rule.bucket}`}))`;
      const since = new Date(now.getTime() - rule.windowMs);
      const recent = await tx<{ at: Date }[]>`
        SELECT occurred_at AS at FROM rate_limit_events
        WHERE bucket = ${rule.bucket} AND occurred_at > ${since} AND occurred_at <= ${now}
        ORDER BY occurred_at DESC LIMIT ${rule.limit}`;
      const decision = policy(
        recent.map((row) => row.at),
        rule,
        now,
      );
      if (!decision.allowed) retryAfterSeconds = Math.max(retryAfterSeconds, decision.retryAfterSeconds);
    }
    if (retryAfterSeconds > 0) return { allowed: false, retryAfterSeconds };
    const buckets = ordered.map((rule) => rule.bucket);
    const rows = await tx<{ id: string }[]>`
      INSERT INTO rate_limit_events (bucket, occurred_at)
      SELECT bucket, ${now}::timestamptz FROM unnest(${buckets}::text[]) AS bucket
      RETURNING id::text AS id`;
    return { allowed: true, eventIds: rows.map((row) => row.id) };
  });
}

/** Takes back events recorded for an attempt that turned out not to count (a successful login). */
export async function releaseRateLimitEvents(sql: Sql, eventIds: readonly string[]): Promise<void> {
  if (eventIds.length === 0) return;
  await sql`DELETE FROM rate_limit_events WHERE id = ANY(${eventIds as string[]}::bigint[])`;
}

export async function clearRateLimitBucket(sql: Sql, bucket: string): Promise<void> {
  await sql`DELETE FROM rate_limit_events WHERE bucket = ${bucket}`;
}

/** Drops events no window can still see. */
export async function pruneRateLimitEvents(sql: Sql, before: Date): Promise<number> {
  const rows = await sql`DELETE FROM rate_limit_events WHERE occurred_at < ${before}`;
  return rows.count;
}
