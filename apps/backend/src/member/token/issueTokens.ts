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
import type { MemberDependencies } from '../shared/memberDependencies';

const DAY_MS = 86_400_000;

/** 256 random bits: guessing one is hopeless, so a plain SHA-256 is enough to store it by. */
export const newRefreshToken = () => randomBytes(32).toString('base64url');
export const hashOf = (refreshToken: string) => createHash('sha256').update(refreshToken).digest('hex');
export const refreshExpiry = (from: Date) => new Date(from.getTime() + REFRESH_TOKEN_TTL_DAYS * DAY_MS);

/** A fresh access token for the member, answered with the refresh token that goes with it. */
export async function tokensFor(
  deps: MemberDependencies,
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
export async function withTokens(deps: MemberDependencies, result: MemberSignInResult): Promise<MemberTokenResult> {
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
  return { ...result, tokens: await tokensFor(deps, result.member, refreshToken, expiresAt) };
}
