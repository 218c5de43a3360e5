import type { MemberProfile, MemberSignInResult, signUpInputSchema } from '@scentence/api/schemas';
import { MemberConflictError } from '@scentence/db';
import type { z } from 'zod';
import type { MemberDependencies } from '../shared/memberDependencies';
import { fieldError, memberError } from '../shared/memberErrors';
import { toMemberProfile } from '../shared/memberViews';
import { hashPassword, verifyAgainstDecoy, verifyPassword } from '../shared/passwordHashing';
import { buckets, rule } from '../shared/rateLimiter';
import {
  type AccountContext,
  accountContextOf,
  isAdminEmail,
  recoveryCutoff,
  signInOutcome,
  startLoginAttempt,
} from './accountContext';
import { type KakaoProfile, linkKakao, signInWithKakao } from './kakaoAccount';
import { verifyRecoveryToken } from './linkAndRecoveryTokens';

type SignUp = z.output<typeof signUpInputSchema>;

async function signUp(account: AccountContext, input: SignUp, address: string): Promise<MemberProfile> {
  const { deps, limiter } = account;
  await limiter.consume([rule(buckets.signUp(address), deps.settings.limits.signUps)]);
  if (await deps.members.isEmailTaken(input.email)) throw fieldError('email', 'emailTaken');
  if (await deps.members.isNicknameTaken(input.nickname)) throw fieldError('nickname', 'nicknameTaken');
  try {
    const member = await deps.members.create({
      email: input.email,
      passwordHash: await hashPassword(input.password),
      kakaoId: null,
      nickname: input.nickname,
      userMode: input.userMode,
      role: isAdminEmail(account, input.email) ? 'admin' : 'member',
    });
    return toMemberProfile(member, deps.storage);
  } catch (error) {
    if (error instanceof MemberConflictError && error.field !== 'kakaoId') {
      throw fieldError(error.field, error.field === 'email' ? 'emailTaken' : 'nicknameTaken');
    }
    throw error;
  }
}

/** Availability checks count per client address, so they cannot list who has an account. */
async function isFree({ deps, limiter }: AccountContext, isTaken: () => Promise<boolean>, address: string) {
  await limiter.consume([rule(buckets.availability(address), deps.settings.limits.availabilityChecks)]);
  return !(await isTaken());
}

/**
 * Email and password. Every failure reads the same whether or not the email has an account,
 * and costs the same time; failures count per account and per client address.
 */
async function verifyCredentials(
  account: AccountContext,
  email: string,
  password: string,
  address: string,
): Promise<MemberSignInResult> {
  const attempt = await startLoginAttempt(account, email, address);
  const member = await account.deps.members.findByEmail(email);
  const matches = member?.passwordHash
    ? await verifyPassword(password, member.passwordHash)
    : await verifyAgainstDecoy(password);
  if (!member || !matches) throw memberError('UNAUTHORIZED', 'invalidCredentials');
  await attempt.succeeded();
  return signInOutcome(account, member, false);
}

/** Cancels a withdrawal within its 30 days; the token comes from the sign-in that found it. */
async function recover(account: AccountContext, recoveryToken: string): Promise<MemberSignInResult> {
  const { deps } = account;
  const memberId = await verifyRecoveryToken(deps.authSecret, recoveryToken, deps.clock());
  const recovered = memberId ? await deps.members.recoverWithdrawal(memberId, recoveryCutoff(account)) : null;
  if (!recovered) throw memberError('UNAUTHORIZED', 'recoveryExpired');
  return signInOutcome(account, recovered, false);
}

/** Sign-up, sign-in (credentials and Kakao), Kakao linking and recovery of a withdrawing account. */
export function createAccountService(deps: MemberDependencies) {
  const account = accountContextOf(deps);
  return {
    signUp: (input: SignUp, address: string) => signUp(account, input, address),
    isEmailAvailable: (email: string, address: string) =>
      isFree(account, () => deps.members.isEmailTaken(email), address),
    isNicknameAvailable: (nickname: string, address: string) =>
      isFree(account, () => deps.members.isNicknameTaken(nickname), address),
    verifyCredentials: (email: string, password: string, address: string) =>
      verifyCredentials(account, email, password, address),
    signInWithKakao: (profile: KakaoProfile) => signInWithKakao(account, profile),
    linkKakao: (linkToken: string, password: string, address: string) =>
      linkKakao(account, linkToken, password, address),
    recover: (recoveryToken: string) => recover(account, recoveryToken),
  };
}

export type AccountService = ReturnType<typeof createAccountService>;
