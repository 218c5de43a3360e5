import { createWindowLimiter, type MemberRepository, type WindowRule } from '@scentence/db';
import { tooManyRequests } from './memberErrors';
import type { WindowLimit } from './memberSettings';

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
  return createWindowLimiter(members, { clock, refuse: tooManyRequests });
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;
