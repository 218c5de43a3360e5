import { createHash, randomBytes } from 'node:crypto';
import { signAccessToken } from '@scentence/api/auth';
import {
  type MemberProfile,
  type MemberSignInResult,
  type MemberTokenResult,
  type MemberTokens,
  REFRESH_TOKEN_TTL_DAYS,
  REST_ACCESS_TOKEN_TTL_SECONDS,
} from '@scentence/api/schemas';
import { ACTIVE_MEMBER_STATUSES } from '@scentence/db';
import type { AccountService } from '../account/accountService';
import type { MemberDependencies } from '../shared/memberDependencies';
import { memberError } from '../shared/memberErrors';
import { fetchKakaoProfile } from './kakaoUserInfo';

const DAY_MS = 86_400_000;

/** 256 random bits: guessing one is hopeless, so a plain SHA-256 is enough to store it by. */
const newRefreshToken = () => randomBytes(32).toString('base64url');
const hashOf = (refreshToken: string) => createHash('sha256').update(refreshToken).digest('hex');

/**
 * Sign-in for REST and mobile callers: the web's sign-in steps (same checks, same throttling,
 * same answers for locked and withdrawing accounts), answered with tokens instead of a session.
 */
export function createTokenService(deps: MemberDependencies, accounts: AccountService) {
  const refreshExpiry = (from: Date) => new Date(from.getTime() + REFRESH_TOKEN_TTL_DAYS * DAY_MS);

  async function tokensFor(
    member: Pick<MemberProfile, 'id' | 'role'>,
    refreshToken: string,
    refreshTokenExpiresAt: Date,
  ): Promise<MemberTokens> {
    const accessToken = await signAccessToken(
      deps.authSecret,
      { memberId: member.id, role: member.role },
      REST_ACCESS_TOKEN_TTL_SECONDS,
    );
    return {
      tokenType: 'Bearer',
      accessToken,
      expiresIn: REST_ACCESS_TOKEN_TTL_SECONDS,
      // The services check access tokens against the real clock, so their expiry is told by it too.
      accessTokenExpiresAt: new Date(Date.now() + REST_ACCESS_TOKEN_TTL_SECONDS * 1000).toISOString(),
      refreshToken,
      refreshTokenExpiresAt: refreshTokenExpiresAt.toISOString(),
    };
  }

  /** A signed-in result gains tokens (a new refresh-token family); other outcomes pass as they are. */
  async function withTokens(result: MemberSignInResult): Promise<MemberTokenResult> {
    if (result.status !== 'signed_in') return result;
    const refreshToken = newRefreshToken();
    const issuedAt = deps.clock();
    const expiresAt = refreshExpiry(issuedAt);
    await deps.members.insertRefreshToken({
      tokenHash: hashOf(refreshToken),
      memberId: result.member.id,
      issuedAt,
      expiresAt,
    });
    return { ...result, tokens: await tokensFor(result.member, refreshToken, expiresAt) };
  }

  return {
    async signInWithPassword(email: string, password: string, address: string): Promise<MemberTokenResult> {
      return withTokens(await accounts.verifyCredentials(email, password, address));
    },

    async signInWithKakao(kakaoAccessToken: string, address: string): Promise<MemberTokenResult> {
      const profile = await fetchKakaoProfile(deps.settings.kakaoUserInfoUrl, kakaoAccessToken, address);
      return withTokens(await accounts.signInWithKakao(profile));
    },

    async linkKakao(linkToken: string, password: string, address: string): Promise<MemberTokenResult> {
      return withTokens(await accounts.linkKakao(linkToken, password, address));
    },

    async recover(recoveryToken: string): Promise<MemberTokenResult> {
      return withTokens(await accounts.recover(recoveryToken));
    },

    /**
     * Exchanges a refresh token for new tokens; the presented one stops working. Presenting a
     * token that was already exchanged means a copy is loose: its whole family is revoked.
     */
    async refresh(refreshToken: string): Promise<MemberTokens> {
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
      return tokensFor(member, successor, expiresAt);
    },

    /** Signs one device out: its refresh token and every token rotated from the same sign-in. */
    async revoke(refreshToken: string): Promise<boolean> {
      return deps.members.revokeRefreshTokenFamily(hashOf(refreshToken), deps.clock());
    },
  };
}

export type TokenService = ReturnType<typeof createTokenService>;
