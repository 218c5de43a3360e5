import { isDependencyUnavailable, type ServiceContext } from '@scentence/api';
import { createWindowLimiter, type RateLimitRepository } from '@scentence/db';
import { tooManyRequests } from '../layeringErrors';
import { callerBucketOf } from './callerBucket';
import type { LayeringLimits, LimitKind } from './layeringLimits';

const PRUNE_EVERY_MS = 10 * 60_000;
const UNTHROTTLED_AFTER_FAILURE_MS = 30_000;

export interface LayeringLimiterOptions {
  clock?: () => Date;
  log?: (message: string, error?: unknown) => void;
  /** How long calls pass without asking recom_db after it failed to answer (30 s by default). */
  unthrottledAfterFailureMs?: number;
}

/**
 * Per-caller limits kept in recom_db's `layering_rate_limit_events`, so they hold across replicas. Without
 * recom_db nothing is limited; when it stops answering, calls pass rather than fail: a pair needs
 * only the catalog, and a throttle must not take the service down with it. After a failure the
 * limiter is not asked for a while, so that calls do not each wait out the connect timeout.
 */
export function createLayeringLimiter(
  store: RateLimitRepository | undefined,
  limits: LayeringLimits,
  options: LayeringLimiterOptions = {},
) {
  const clock = options.clock ?? (() => new Date());
  const log = options.log ?? ((message, error) => console.error(`[layering] ${message}`, error ?? ''));
  const unthrottledMs = options.unthrottledAfterFailureMs ?? UNTHROTTLED_AFTER_FAILURE_MS;
  const limiter = store && createWindowLimiter(store, { clock, refuse: tooManyRequests });
  const longestWindowMs = Math.max(...Object.values(limits).map((limit) => limit.windowMs));
  let prunedAt = 0;
  let unthrottledUntil = 0;

  /**
   * Events no window can see any more are dropped every ten minutes by each replica on its own
   * schedule: nothing coordinates them, and a prune right after another's finds little to drop.
   */
  function pruneNowAndThen(now: Date) {
    if (!store || now.getTime() - prunedAt < PRUNE_EVERY_MS) return;
    prunedAt = now.getTime();
    store
      .pruneRateLimitEvents(new Date(now.getTime() - longestWindowMs))
      .catch((error) => log('old rate-limit events could not be pruned', error));
  }

  /** Calls pass unthrottled for a while; said once, even when calls already waiting fail after it. */
  function passUnthrottled(error: unknown) {
    const now = clock().getTime();
    if (now < unthrottledUntil) return;
    unthrottledUntil = now + unthrottledMs;
    log(`rate limits unavailable; calls pass unthrottled for ${unthrottledMs / 1000} s`, error);
  }

  return {
    /** Counts the call against its caller's bucket, or throws a 429 with the wait when the bucket is full. */
    async admit(ctx: ServiceContext, kind: LimitKind): Promise<void> {
      const bucket = callerBucketOf(ctx);
      if (!limiter || bucket === null || clock().getTime() < unthrottledUntil) return;
      try {
        await limiter.consume([{ bucket: `layering:${kind}:${bucket}`, ...limits[kind] }]);
      } catch (error) {
        if (!isDependencyUnavailable(error)) throw error;
        passUnthrottled(error);
        return;
      }
      pruneNowAndThen(clock());
    },
  };
}

export type LayeringLimiter = ReturnType<typeof createLayeringLimiter>;
