import 'server-only';
import type { MemberSignInResult } from '@scentence/api/schemas';
import type { User } from 'next-auth';
import { pendingLink, pendingRecovery } from './pendingSignIn';
import { toSessionMember } from './sessionMember';
import type { ContinuePath } from './signInSteps';

/**
 * What a backend sign-in result becomes: the next-auth user of a signed-in member, or the page
 * where the sign-in continues (its proof saved in a cookie for that page).
 */
export async function nextStepOf(result: MemberSignInResult): Promise<User | ContinuePath> {
  switch (result.status) {
    case 'signed_in': {
      const { member } = result;
      return { id: member.id, name: member.nickname, email: member.email, member: toSessionMember(member) };
    }
    case 'link_required':
      await pendingLink.save({ linkToken: result.linkToken, email: result.email, expiresAt: result.expiresAt });
      return '/link-account';
    case 'withdrawal_requested':
      await pendingRecovery.save({ recoveryToken: result.recoveryToken, recoverableUntil: result.recoverableUntil });
      return '/recover';
  }
}
