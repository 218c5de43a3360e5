import type { Caller } from '@scentence/api/auth';
import { memberIdSchema } from '@scentence/api/schemas';
import type { ChatOwner } from '@scentence/db';
import type { ChatDependencies } from './chatDependencies';
import { guestExpired, signInOrGuest } from './chatErrors';
import { verifyGuestToken } from './guestToken';

/** The caller when it is a member (a service token is not one), by the bearer token alone. */
export function memberOf(caller: Caller | null): string | null {
  if (!caller || caller.role === 'service') return null;
  return memberIdSchema.safeParse(caller.memberId).success ? caller.memberId : null;
}

/**
 * Whose thread this is: the member of the bearer token, else the guest of a valid guest token.
 * Neither: 401 (an expired or forged guest token says so).
 */
export async function ownerOf(
  deps: Pick<ChatDependencies, 'authSecret' | 'clock'>,
  caller: Caller | null,
  guestToken: string | undefined,
): Promise<ChatOwner> {
  const memberId = memberOf(caller);
  if (memberId) return { memberId };
  if (!guestToken) throw signInOrGuest();
  const guestId = await verifyGuestToken(deps.authSecret, guestToken, deps.clock());
  if (!guestId) throw guestExpired();
  return { guestId };
}
