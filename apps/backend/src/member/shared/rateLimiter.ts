import type { Caller } from '@scentence/api/auth';
import type { MemberRepository, WindowRule } from '@scentence/db';
import { tooManyRequests } from './memberErrors';
import type { WindowLimit } from './memberSettings';
import { slidingWindow } from './slidingWindow';

/**
 * The bucket for callers that did not come through the web server: only a service may vouch for
 * a browser's address, so everyone else shares one.
 */
export const UNVOUCHED_ADDRESS = 'unvouched';

/** The client address to throttle by: the one a service forwarded, never one a browser claims. */
export function clientAddressOf(caller: Caller | null, claimed: string | undefined): string {
  return caller?.role === 'service' && claimed ? claimed : UNVOUCHED_ADDRESS;
}

/**
 * The address to throttle a direct caller (a REST or mobile client, no web server in between) by:
 * the TCP peer it connected from, which it cannot choose.
 */
export function connectionAddressOf(context: { connectionAddress?: string }): string {
  return context.connectionAddress ? `peer:${context.connectionAddress}` : UNVOUCHED_ADDRESS;
}

export const buckets = {
  loginAccount: (email: string) => `login:account:${email}`,
  loginAddress: (address: string) => `login:address:${address}`,
  passwordCheck: (memberId: string) => `password:member:${memberId}`,
  signUp: (address: string) => `signup:address:${address}`,
  availability: (address: string) => `availability:address:${address}`,
};

export const rule = (bucket: string, limit: WindowLimit): WindowRule => ({ bucket, ...limit });

/** Limits backed by member_db, so they hold across replicas. */
export function createRateLimiter(members: MemberRepository, clock: () => Date) {
  return {
    /** Records one attempt in every bucket, or throws TOO_MANY_REQUESTS when any is full. */
    async consume(rules: readonly WindowRule[]): Promise<string[]> {
      const outcome = await members.consumeRateLimits(rules, clock(), slidingWindow);
      if (!outcome.allowed) throw tooManyRequests(outcome.retryAfterSeconds);
      return outcome.eventIds;
    },
    /** A successful attempt: its events are taken back and the account's failures forgotten. */
    async succeeded(eventIds: readonly string[], clearBucket?: string): Promise<void> {
      await members.releaseRateLimitEvents(eventIds);
      if (clearBucket) await members.clearRateLimitBucket(clearBucket);
    },
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;
