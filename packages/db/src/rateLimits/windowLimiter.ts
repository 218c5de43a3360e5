import type { RateLimitRepository, WindowRule } from './rateLimitRepository';
import { slidingWindow } from './slidingWindow';

export interface WindowLimiterOptions {
  clock: () => Date;
  /** The error a full bucket throws: a 429 in the service's own words, with the wait. */
  refuse: (retryAfterSeconds: number) => Error;
}

/** Sliding-window limits over the store's events table, shared by every replica. */
export function createWindowLimiter(
  store: Pick<RateLimitRepository, 'consumeRateLimits' | 'releaseRateLimitEvents' | 'clearRateLimitBucket'>,
  options: WindowLimiterOptions,
) {
  return {
    /** Records one attempt in every bucket, or throws `refuse` when any is full. */
    async consume(rules: readonly WindowRule[]): Promise<string[]> {
      const outcome = await store.consumeRateLimits(rules, options.clock(), slidingWindow);
      if (!outcome.allowed) throw options.refuse(outcome.retryAfterSeconds);
      return outcome.eventIds;
    },
    /** An attempt that turned out not to count: its events are taken back and `clearBucket` forgotten. */
    async succeeded(eventIds: readonly string[], clearBucket?: string): Promise<void> {
      await store.releaseRateLimitEvents(eventIds);
      if (clearBucket) await store.clearRateLimitBucket(clearBucket);
    },
  };
}

export type WindowLimiter = ReturnType<typeof createWindowLimiter>;
