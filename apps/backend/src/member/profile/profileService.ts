import {
  type changePasswordInputSchema,
  type MemberProfile,
  type updateProfileInputSchema,
  WITHDRAWAL_RECOVERY_DAYS,
  type withdrawalSchema,
} from '@scentence/api/schemas';
import { MemberConflictError, type MemberRecord } from '@scentence/db';
import type { z } from 'zod';
import type { MemberDependencies } from '../shared/memberDependencies';
import { fieldError, memberError } from '../shared/memberErrors';
import { toMemberProfile } from '../shared/memberViews';
import { hashPassword, verifyPassword } from '../shared/passwordHashing';
import { buckets, createRateLimiter, rule } from '../shared/rateLimiter';

const DAY_MS = 86_400_000;

/** A signed-in member's own account: profile, password, withdrawal. */
export function createProfileService(deps: MemberDependencies) {
  const limiter = createRateLimiter(deps.members, deps.clock);

  /** The current password, throttled like a login so a stolen session cannot guess it. */
  async function confirmPassword(member: MemberRecord, password: string | undefined, field: string) {
    if (!member.passwordHash) throw fieldError(field, 'passwordNotSet');
    if (!password) throw fieldError(field, 'passwordRequired');
    const bucket = buckets.passwordCheck(member.id);
    const attempt = await limiter.consume([rule(bucket, deps.settings.limits.loginFailures)]);
    if (!(await verifyPassword(password, member.passwordHash))) throw fieldError(field, 'passwordIncorrect');
    await limiter.succeeded(attempt, bucket);
  }

  return {
    async update(member: MemberRecord, changes: z.output<typeof updateProfileInputSchema>): Promise<MemberProfile> {
      if (changes.nickname && (await deps.members.isNicknameTaken(changes.nickname, member.id))) {
        throw fieldError('nickname', 'nicknameTaken');
      }
      try {
        const updated = await deps.members.updateProfile(member.id, changes);
        if (!updated) throw memberError('UNAUTHORIZED', 'signInAgain');
        return toMemberProfile(updated, deps.storage);
      } catch (error) {
        if (error instanceof MemberConflictError) throw fieldError('nickname', 'nicknameTaken');
        throw error;
      }
    },

    async changePassword(member: MemberRecord, input: z.output<typeof changePasswordInputSchema>): Promise<void> {
      await confirmPassword(member, input.currentPassword, 'currentPassword');
      if (input.newPassword === input.currentPassword) throw fieldError('newPassword', 'passwordUnchanged');
      await deps.members.setPasswordHash(member.id, await hashPassword(input.newPassword));
      // Whoever held a refresh token may have held the old password too: every device signs in again.
      await deps.members.revokeMemberRefreshTokens(member.id, deps.clock());
    },

    /** Hides the account now; it can be recovered for 30 days, then the purge clears it. */
    async withdraw(member: MemberRecord, password: string | undefined): Promise<z.output<typeof withdrawalSchema>> {
      if (member.passwordHash) await confirmPassword(member, password, 'password');
      const now = deps.clock();
      const withdrawing = await deps.members.requestWithdrawal(member.id, now);
      if (!withdrawing) throw memberError('UNAUTHORIZED', 'signInAgain');
      await deps.members.revokeMemberRefreshTokens(member.id, now);
      return {
        status: withdrawing.status,
        recoverableUntil: new Date(now.getTime() + WITHDRAWAL_RECOVERY_DAYS * DAY_MS).toISOString(),
      };
    },
  };
}
