import {
  type kakaoSignInInputSchema,
  type MemberProfile,
  type MemberSignInResult,
  type signUpInputSchema,
  WITHDRAWAL_RECOVERY_DAYS,
} from '@scentence/api/schemas';
import { MemberConflictError, type MemberRecord } from '@scentence/db';
import type { z } from 'zod';
import type { MemberDependencies } from '../shared/memberDependencies';
import { fieldError, memberError } from '../shared/memberErrors';
import { toMemberProfile } from '../shared/memberViews';
import { hashPassword, verifyAgainstDecoy, verifyPassword } from '../shared/passwordHashing';
import { buckets, createRateLimiter, rule } from '../shared/rateLimiter';
import { kakaoNicknameCandidates } from './kakaoNickname';
import {
  MEMBER_TOKEN_TTL_SECONDS,
  signKakaoLinkToken,
  signRecoveryToken,
  verifyKakaoLinkToken,
  verifyRecoveryToken,
} from './linkAndRecoveryTokens';

const DAY_MS = 86_400_000;

type SignUp = z.output<typeof signUpInputSchema>;
type KakaoProfile = z.output<typeof kakaoSignInInputSchema>;

/** Sign-up, sign-in (credentials and Kakao), Kakao linking and recovery of a withdrawing account. */
export function createAccountService(deps: MemberDependencies) {
  const limiter = createRateLimiter(deps.members, deps.clock);
  const { limits } = deps.settings;
  const isAdminEmail = (email: string | null) => email !== null && deps.settings.adminEmails.includes(email);
  const recoveryCutoff = () => new Date(deps.clock().getTime() - WITHDRAWAL_RECOVERY_DAYS * DAY_MS);

  /** What a member who proved who they are gets: a session, a recovery offer, or a refusal. */
  async function signInOutcome(member: MemberRecord, created: boolean): Promise<MemberSignInResult> {
    if (member.status === 'locked') throw memberError('FORBIDDEN', 'accountLocked');
    if (member.status === 'withdrawn') throw memberError('UNAUTHORIZED', 'invalidCredentials');
    if (member.status === 'withdrawal_requested') {
      const requestedAt = member.withdrawalRequestedAt ?? deps.clock();
      if (requestedAt <= recoveryCutoff()) throw memberError('UNAUTHORIZED', 'recoveryExpired');
      return {
        status: 'withdrawal_requested',
        recoveryToken: await signRecoveryToken(deps.authSecret, member.id, deps.clock()),
        recoverableUntil: new Date(requestedAt.getTime() + WITHDRAWAL_RECOVERY_DAYS * DAY_MS).toISOString(),
      };
    }
    const signedIn = await deps.members.recordSignIn(member.id, isAdminEmail(member.email));
    if (!signedIn) throw memberError('UNAUTHORIZED', 'invalidCredentials');
    return { status: 'signed_in', created, member: toMemberProfile(signedIn, deps.storage) };
  }

  async function createKakaoMember(profile: KakaoProfile, email: string | null): Promise<MemberRecord> {
    for (const nickname of kakaoNicknameCandidates(profile.nickname)) {
      if (await deps.members.isNicknameTaken(nickname)) continue;
      try {
        return await deps.members.create({
          email,
          passwordHash: null,
          kakaoId: profile.kakaoId,
          nickname,
          userMode: 'beginner',
          role: 'member',
        });
      } catch (error) {
        // Another request took this nickname between the check and the insert: try the next.
        if (!(error instanceof MemberConflictError && error.field === 'nickname')) throw error;
      }
    }
    throw memberError('CONFLICT', 'nicknameTaken');
  }

  return {
    async signUp(input: SignUp, address: string): Promise<MemberProfile> {
      await limiter.consume([rule(buckets.signUp(address), limits.signUps)]);
      if (await deps.members.isEmailTaken(input.email)) throw fieldError('email', 'emailTaken');
      if (await deps.members.isNicknameTaken(input.nickname)) throw fieldError('nickname', 'nicknameTaken');
      try {
        const member = await deps.members.create({
          email: input.email,
          passwordHash: await hashPassword(input.password),
          kakaoId: null,
          nickname: input.nickname,
          userMode: input.userMode,
          role: isAdminEmail(input.email) ? 'admin' : 'member',
        });
        return toMemberProfile(member, deps.storage);
      } catch (error) {
        if (error instanceof MemberConflictError && error.field !== 'kakaoId') {
          throw fieldError(error.field, error.field === 'email' ? 'emailTaken' : 'nicknameTaken');
        }
        throw error;
      }
    },

    async isEmailAvailable(email: string, address: string): Promise<boolean> {
      await limiter.consume([rule(buckets.availability(address), limits.availabilityChecks)]);
      return !(await deps.members.isEmailTaken(email));
    },

    async isNicknameAvailable(nickname: string, address: string): Promise<boolean> {
      await limiter.consume([rule(buckets.availability(address), limits.availabilityChecks)]);
      return !(await deps.members.isNicknameTaken(nickname));
    },

    /**
     * Email and password. Every failure reads the same whether or not the email has an account,
     * and costs the same time; failures count per account and per client address.
     */
    async verifyCredentials(email: string, password: string, address: string): Promise<MemberSignInResult> {
      const accountBucket = buckets.loginAccount(email);
      const attempt = await limiter.consume([
        rule(accountBucket, limits.loginFailures),
        rule(buckets.loginAddress(address), limits.loginFailures),
      ]);
      const member = await deps.members.findByEmail(email);
      const matches = member?.passwordHash
        ? await verifyPassword(password, member.passwordHash)
        : await verifyAgainstDecoy(password);
      if (!member || !matches) throw memberError('UNAUTHORIZED', 'invalidCredentials');
      await limiter.succeeded(attempt, accountBucket);
      return signInOutcome(member, false);
    },

    /**
     * A Kakao profile the web fetched from Kakao. A known Kakao account signs in; an email that
     * belongs to an email account asks for that account's password first (`link_required`);
     * anything else becomes a new member. Only a verified Kakao email is trusted at all.
     */
    async signInWithKakao(profile: KakaoProfile): Promise<MemberSignInResult> {
      const linked = await deps.members.findByKakaoId(profile.kakaoId);
      if (linked) return signInOutcome(linked, false);
      const email = profile.emailVerified ? (profile.email ?? null) : null;
      const holder = email ? await deps.members.findByEmail(email) : null;
      if (holder) {
        if (holder.kakaoId || !holder.passwordHash) throw memberError('CONFLICT', 'kakaoLinkedElsewhere');
        const now = deps.clock();
        return {
          status: 'link_required',
          email: holder.email ?? '',
          linkToken: await signKakaoLinkToken(
            deps.authSecret,
            { memberId: holder.id, email: holder.email ?? '', kakaoId: profile.kakaoId },
            now,
          ),
          expiresAt: new Date(now.getTime() + MEMBER_TOKEN_TTL_SECONDS * 1000).toISOString(),
        };
      }
      let created: MemberRecord;
      try {
        created = await createKakaoMember(profile, email);
      } catch (error) {
        // The same Kakao account signing in twice at once: the other request created it.
        const raced = error instanceof MemberConflictError ? await deps.members.findByKakaoId(profile.kakaoId) : null;
        if (!raced) throw error instanceof MemberConflictError ? memberError('CONFLICT', 'emailTaken') : error;
        return signInOutcome(raced, false);
      }
      return signInOutcome(created, true);
    },

    /** Joins the Kakao account to the email account once its password is confirmed. */
    async linkKakao(linkToken: string, password: string, address: string): Promise<MemberSignInResult> {
      const claims = await verifyKakaoLinkToken(deps.authSecret, linkToken, deps.clock());
      if (!claims) throw memberError('UNAUTHORIZED', 'linkExpired');
      const accountBucket = buckets.loginAccount(claims.email);
      const attempt = await limiter.consume([
        rule(accountBucket, limits.loginFailures),
        rule(buckets.loginAddress(address), limits.loginFailures),
      ]);
      const member = await deps.members.findById(claims.memberId);
      if (!member?.passwordHash || member.email !== claims.email) throw memberError('UNAUTHORIZED', 'linkExpired');
      if (!(await verifyPassword(password, member.passwordHash))) throw fieldError('password', 'passwordIncorrect');
      await limiter.succeeded(attempt, accountBucket);
      let joined: MemberRecord | null;
      try {
        joined = await deps.members.linkKakao(member.id, claims.kakaoId);
      } catch (error) {
        if (error instanceof MemberConflictError) throw memberError('CONFLICT', 'kakaoAlreadyUsed');
        throw error;
      }
      if (!joined) throw memberError('CONFLICT', 'kakaoLinkedElsewhere');
      return signInOutcome(joined, false);
    },

    /** Cancels a withdrawal within its 30 days; the token comes from the sign-in that found it. */
    async recover(recoveryToken: string): Promise<MemberSignInResult> {
      const memberId = await verifyRecoveryToken(deps.authSecret, recoveryToken, deps.clock());
      const recovered = memberId ? await deps.members.recoverWithdrawal(memberId, recoveryCutoff()) : null;
      if (!recovered) throw memberError('UNAUTHORIZED', 'recoveryExpired');
      return signInOutcome(recovered, false);
    },
  };
}

export type AccountService = ReturnType<typeof createAccountService>;
