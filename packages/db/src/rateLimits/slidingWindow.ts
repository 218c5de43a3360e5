import type { WindowPolicy } from './rateLimitEvents';

/**
 * A sliding-window log: at most `limit` events in any `windowMs`. When full, the wait lasts until
 * the limit-th newest event leaves the window, which frees exactly one slot.
 */
export const slidingWindow: WindowPolicy = (recent, rule, now) => {
  const since = now.getTime() - rule.windowMs;
  const inWindow = recent
    .map((at) => at.getTime())
    .filter((at) => at > since && at <= now.getTime())
    .sort((a, b) => b - a);
  const blocking = inWindow[rule.limit - 1];
  if (blocking === undefined) return { allowed: true, retryAfterSeconds: 0 };
  const waitMs = blocking + rule.windowMs - now.getTime();
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
};
