import { isDependencyUnavailable, type ServiceContext } from '@scentence/api';
import { createWindowLimiter, type RateLimitRepository } from '@scentence/db';
import { tooManyRequests } from '../layeringErrors';
import { callerBucketOf } from './callerBucket';
import type { LayeringLimits, LimitKind } from './layeringLimits';

const PRUNE_EVERY_MS = 10 * 60_000;

export interface LayeringLimiterOptions {
  clock?: () => Date;
  log?: (message: string, error?: unknown) => void;
}

/**
 * Per-caller limits kept in recom_db's `layering_rate_limit_events`, so they hold across replicas. Without
 * recom_db nothing is limited; when it stops answering, calls pass rather than fail: a pair needs
 * only the catalog, and a throttle must not take the service down with it.
 */
export function createLayeringLimiter(
  store: RateLimitRepository | undefined,
  limits: LayeringLimits,
  options: LayeringLimiterOptions = {},
) {
  const clock = options.clock ?? (() => new Date());
  const log = options.log ?? ((message, error) => console.error(`[layering] ${message}`, error ?? ''));
  const limiter = store && createWindowLimiter(store, { clock, refuse: tooManyRequests });
  const longestWindowMs = Math.max(...Object.values(limits).map((limit) => limit.windowMs));
  let prunedAt = 0;

  /** Events no window can see any more are dropped now and then, by whichever replica comes first. */
  function pruneNowAndThen(now: Date) {
    if (!store || now.getTime() - prunedAt < PRUNE_EVERY_MS) return;
    prunedAt = now.getTime();
    store.pruneRateLimitEvents(new Date(now.getTime() - longestWindowMs)).catch(() => {});
  }

  return {
    /** Counts the call against its caller's bucket, or throws a 429 with the wait when the bucket is full. */
    async admit(ctx: ServiceContext, kind: LimitKind): Promise<void> {
      const bucket = callerBucketOf(ctx);
      if (!limiter || bucket === null) return;
      try {
        await limiter.consume([{ bucket: `layering:${kind}:${bucket}`, ...limits[kind] }]);
      } catch (error) {
        if (!isDependencyUnavailable(error)) throw error;
        log('rate limits unavailable; the call passes unthrottled', error);
        return;
      }
      pruneNowAndThen(clock());
    },
  };
}

export type LayeringLimiter = ReturnType<typeof createLayeringLimiter>;
