import type { MemberTokenResult, MemberTokens } from '@scentence/api/schemas';
import { ACTIVE_MEMBER_STATUSES } from '@scentence/db';
import type { AccountService } from '../account/accountService';
import type { MemberDependencies } from '../shared/memberDependencies';
import { memberError } from '../shared/memberErrors';
import { hashOf, newRefreshToken, refreshExpiry, tokensFor, withTokens } from './issueTokens';
import { fetchKakaoProfile } from './kakaoUserInfo';

/**
 * Exchanges a refresh token for new tokens; the presented one stops working. Presenting a
 * token that was already exchanged means a copy is loose: its whole family is revoked.
 */
async function refresh(deps: MemberDependencies, refreshToken: string): Promise<MemberTokens> {
  const successor = newRefreshToken();
  const now = deps.clock();
  const expiresAt = refreshExpiry(now);
  const rotation = await deps.members.rotateRefreshToken(hashOf(refreshToken), {
    tokenHash: hashOf(successor),
    issuedAt: now,
    expiresAt,
  });
  if (rotation.outcome === 'reused') {
    deps.log(`a used refresh token came back; signed out its device (member ${rotation.memberId})`);
  }
  if (rotation.outcome !== 'rotated') throw memberError('UNAUTHORIZED', 'signInAgain');
  // The member as member_db knows them now: a lock or a withdrawal ends the family.
  const member = await deps.members.findById(rotation.memberId);
  if (!member || !ACTIVE_MEMBER_STATUSES.includes(member.status)) {
    await deps.members.revokeRefreshFamilyById(rotation.familyId, now);
    throw member?.status === 'locked'
      ? memberError('FORBIDDEN', 'accountLocked')
      : memberError('UNAUTHORIZED', 'signInAgain');
  }
  return tokensFor(deps, member, successor, expiresAt);
}

/**
 * Sign-in for REST and mobile callers: the web's sign-in steps (same checks, same throttling,
 * same answers for locked and withdrawing accounts), answered with tokens instead of a session.
 */
export function createTokenService(deps: MemberDependencies, accounts: AccountService) {
  return {
    async signInWithPassword(email: string, password: string, address: string): Promise<MemberTokenResult> {
      return withTokens(deps, await accounts.verifyCredentials(email, password, address));
    },

    async signInWithKakao(kakaoAccessToken: string, address: string): Promise<MemberTokenResult> {
      const profile = await fetchKakaoProfile(deps.settings.kakaoUserInfoUrl, kakaoAccessToken, address);
      return withTokens(deps, await accounts.signInWithKakao(profile));
    },

    async linkKakao(linkToken: string, password: string, address: string): Promise<MemberTokenResult> {
      return withTokens(deps, await accounts.linkKakao(linkToken, password, address));
    },

    async recover(recoveryToken: string): Promise<MemberTokenResult> {
      return withTokens(deps, await accounts.recover(recoveryToken));
    },

    refresh: (refreshToken: string) => refresh(deps, refreshToken),

    /** Signs one device out: its refresh token and every token rotated from the same sign-in. */
    async revoke(refreshToken: string): Promise<boolean> {
      return deps.members.revokeRefreshTokenFamily(hashOf(refreshToken), deps.clock());
    },
  };
}

export type TokenService = ReturnType<typeof createTokenService>;
