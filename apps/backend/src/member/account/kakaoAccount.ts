import type { kakaoSignInInputSchema, MemberSignInResult } from '@scentence/api/schemas';
import { MemberConflictError, type MemberRecord } from '@scentence/db';
import type { z } from 'zod';
import { fieldError, memberError } from '../shared/memberErrors';
import { verifyPassword } from '../shared/passwordHashing';
import { type AccountContext, signInOutcome, startLoginAttempt } from './accountContext';
import { kakaoNicknameCandidates } from './kakaoNickname';
import { MEMBER_TOKEN_TTL_SECONDS, signKakaoLinkToken, verifyKakaoLinkToken } from './linkAndRecoveryTokens';

export type KakaoProfile = z.output<typeof kakaoSignInInputSchema>;

async function createKakaoMember(
  { deps }: AccountContext,
  profile: KakaoProfile,
  email: string | null,
): Promise<MemberRecord> {
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

/** The email account a Kakao email belongs to must confirm its password before the two are joined. */
async function linkRequired(
  { deps }: AccountContext,
  holder: MemberRecord,
  profile: KakaoProfile,
): Promise<MemberSignInResult> {
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

/**
 * A Kakao profile the web fetched from Kakao. A known Kakao account signs in; an email that
 * belongs to an email account asks for that account's password first (`link_required`);
 * anything else becomes a new member. Only a verified Kakao email is trusted at all.
 */
export async function signInWithKakao(account: AccountContext, profile: KakaoProfile): Promise<MemberSignInResult> {
  const { members } = account.deps;
  const linked = await members.findByKakaoId(profile.kakaoId);
  if (linked) return signInOutcome(account, linked, false);
  const email = profile.emailVerified ? (profile.email ?? null) : null;
  const holder = email ? await members.findByEmail(email) : null;
  if (holder) return linkRequired(account, holder, profile);
  let created: MemberRecord;
  try {
    created = await createKakaoMember(account, profile, email);
  } catch (error) {
    // The same Kakao account signing in twice at once: the other request created it.
    const raced = error instanceof MemberConflictError ? await members.findByKakaoId(profile.kakaoId) : null;
    if (!raced) throw error instanceof MemberConflictError ? memberError('CONFLICT', 'emailTaken') : error;
    return signInOutcome(account, raced, false);
  }
  return signInOutcome(account, created, true);
}

/** Joins the Kakao account to the email account once its password is confirmed. */
export async function linkKakao(
  account: AccountContext,
  linkToken: string,
  password: string,
  address: string,
): Promise<MemberSignInResult> {
  const { deps } = account;
  const claims = await verifyKakaoLinkToken(deps.authSecret, linkToken, deps.clock());
  if (!claims) throw memberError('UNAUTHORIZED', 'linkExpired');
  const attempt = await startLoginAttempt(account, claims.email, address);
  const member = await deps.members.findById(claims.memberId);
  if (!member?.passwordHash || member.email !== claims.email) throw memberError('UNAUTHORIZED', 'linkExpired');
  if (!(await verifyPassword(password, member.passwordHash))) throw fieldError('password', 'passwordIncorrect');
  await attempt.succeeded();
  let joined: MemberRecord | null;
  try {
    joined = await deps.members.linkKakao(member.id, claims.kakaoId);
  } catch (error) {
    if (error instanceof MemberConflictError) throw memberError('CONFLICT', 'kakaoAlreadyUsed');
    throw error;
  }
  if (!joined) throw memberError('CONFLICT', 'kakaoLinkedElsewhere');
  return signInOutcome(account, joined, false);
}
