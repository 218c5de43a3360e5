import type { Caller } from '@scentence/api/auth';

/** The signed-in member's id from the bearer token, or null for anonymous and service callers. */
export function memberIdOf(caller: Caller | null): string | null {
  return caller && caller.role !== 'service' ? caller.memberId : null;
}
