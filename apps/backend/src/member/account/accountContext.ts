import { type MemberSignInResult, WITHDRAWAL_RECOVERY_DAYS } from '@scentence/api/schemas';
import type { MemberRecord } from '@scentence/db';
import type { MemberDependencies } from '../shared/memberDependencies';
import { memberError } from '../shared/memberErrors';
import { toMemberProfile } from '../shared/memberViews';
import { buckets, createRateLimiter, rule } from '../shared/rateLimiter';
import { signRecoveryToken } from './linkAndRecoveryTokens';

const DAY_MS = 86_400_000;

/** What every account step works with: the member dependencies and one rate limiter over them. */
export interface AccountContext {
  deps: MemberDependencies;
  limiter: ReturnType<typeof createRateLimiter>;
}

export function accountContextOf(deps: MemberDependencies): AccountContext {
  return { deps, limiter: createRateLimiter(deps.members, deps.clock) };
}

export const isAdminEmail = ({ deps }: AccountContext, email: string | null) =>
  email !== null && deps.settings.adminEmails.includes(email);

/** Withdrawals requested before this moment can no longer be recovered. */
export const recoveryCutoff = ({ deps }: AccountContext) =>
  new Date(deps.clock().getTime() - WITHDRAWAL_RECOVERY_DAYS * DAY_MS);

/**
 * Counts a password attempt against the account and the client address (refused once either has
 * failed too often); `succeeded` clears the account's failures once the password is right.
 */
export async function startLoginAttempt({ deps, limiter }: AccountContext, email: string, address: string) {
  const { loginFailures } = deps.settings.limits;
  const accountBucket = buckets.loginAccount(email);
  const attempt = await limiter.consume([
    rule(accountBucket, loginFailures),
    rule(buckets.loginAddress(address), loginFailures),
  ]);
  return { succeeded: () => limiter.succeeded(attempt, accountBucket) };
}

/** What a member who proved who they are gets: a session, a recovery offer, or a refusal. */
export async function signInOutcome(
  account: AccountContext,
  member: MemberRecord,
  created: boolean,
): Promise<MemberSignInResult> {
  const { deps } = account;
  if (member.status === 'locked') throw memberError('FORBIDDEN', 'accountLocked');
  if (member.status === 'withdrawn') throw memberError('UNAUTHORIZED', 'invalidCredentials');
  if (member.status === 'withdrawal_requested') {
    const requestedAt = member.withdrawalRequestedAt ?? deps.clock();
    if (requestedAt <= recoveryCutoff(account)) throw memberError('UNAUTHORIZED', 'recoveryExpired');
    return {
      status: 'withdrawal_requested',
      recoveryToken: await signRecoveryToken(deps.authSecret, member.id, deps.clock()),
      recoverableUntil: new Date(requestedAt.getTime() + WITHDRAWAL_RECOVERY_DAYS * DAY_MS).toISOString(),
    };
  }
  const signedIn = await deps.members.recordSignIn(member.id, isAdminEmail(account, member.email));
  if (!signedIn) throw memberError('UNAUTHORIZED', 'invalidCredentials');
  return { status: 'signed_in', created, member: toMemberProfile(signedIn, deps.storage) };
}
