import { slidingWindow } from '@scentence/db';
import { describe, expect, it } from 'vitest';

const rule = { bucket: 'login:account:a@b.co', limit: 5, windowMs: 15 * 60_000 };
const now = new Date('2026-05-01T12:00:00Z');
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

describe('sliding window', () => {
  it('allows until the limit is reached', () => {
    expect(slidingWindow([], rule, now)).toEqual({ allowed: true, retryAfterSeconds: 0 });
    expect(slidingWindow([1, 2, 3, 4].map(minutesAgo), rule, now).allowed).toBe(true);
  });

  it('blocks at the limit until the oldest counted event leaves the window', () => {
    const decision = slidingWindow([1, 2, 3, 4, 10].map(minutesAgo), rule, now);
    expect(decision).toEqual({ allowed: false, retryAfterSeconds: 5 * 60 });
  });

  it('waits for the limit-th newest event when there are more than the limit', () => {
    const decision = slidingWindow([14, 1, 2, 3, 4, 12, 13].map(minutesAgo), rule, now);
    // Newest five are 1, 2, 3, 4, 12 minutes old: one slot frees when the 12-minute one expires.
    expect(decision).toEqual({ allowed: false, retryAfterSeconds: 3 * 60 });
  });

  it('ignores events outside the window, and rounds a part second up', () => {
    expect(slidingWindow([1, 2, 3, 4, 15, 20].map(minutesAgo), rule, now).allowed).toBe(true);
    const almost = new Date(now.getTime() - rule.windowMs + 400);
    expect(slidingWindow([almost, ...[1, 2, 3, 4].map(minutesAgo)], rule, now)).toEqual({
      allowed: false,
      retryAfterSeconds: 1,
    });
  });
});
