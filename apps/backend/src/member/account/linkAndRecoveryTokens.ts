import { jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';

// Each purpose has its own audience, so no token passes for another (or for an access token).
const ISSUER = 'scentence-backend';
const LINK_AUDIENCE = 'scentence-kakao-link';
const RECOVERY_AUDIENCE = 'scentence-recovery';
export const MEMBER_TOKEN_TTL_SECONDS = 15 * 60;

const keyOf = (secret: string) => new TextEncoder().encode(secret);

const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

/** Valid from `now` for MEMBER_TOKEN_TTL_SECONDS. */
function sign(secret: string, audience: string, subject: string, claims: Record<string, string>, now: Date) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(subject)
    .setIssuer(ISSUER)
    .setAudience(audience)
    .setIssuedAt(seconds(now))
    .setExpirationTime(seconds(now) + MEMBER_TOKEN_TTL_SECONDS)
    .sign(keyOf(secret));
}

// `now` is the services' clock (injected), so tests that move time move token expiry with it.
async function verify<T extends z.ZodType>(secret: string, audience: string, token: string, schema: T, now: Date) {
  try {
    const { payload } = await jwtVerify(token, keyOf(secret), {
      issuer: ISSUER,
      audience,
      algorithms: ['HS256'],
      currentDate: now,
    });
    const claims = schema.safeParse(payload);
    return claims.success ? (claims.data as z.output<T>) : null;
  } catch {
    return null;
  }
}

export interface KakaoLinkClaims {
  memberId: string;
  email: string;
  kakaoId: string;
}

const linkSchema = z.object({ sub: z.string(), email: z.string(), kakaoId: z.string() });

/** Which Kakao account asked to join which email account; the browser cannot change either. */
export function signKakaoLinkToken(secret: string, claims: KakaoLinkClaims, now: Date): Promise<string> {
  return sign(secret, LINK_AUDIENCE, claims.memberId, { email: claims.email, kakaoId: claims.kakaoId }, now);
}

export async function verifyKakaoLinkToken(secret: string, token: string, now: Date): Promise<KakaoLinkClaims | null> {
  const claims = await verify(secret, LINK_AUDIENCE, token, linkSchema, now);
  return claims ? { memberId: claims.sub, email: claims.email, kakaoId: claims.kakaoId } : null;
}

/** Proof that the owner of a withdrawing account just signed in. */
export function signRecoveryToken(secret: string, memberId: string, now: Date): Promise<string> {
  return sign(secret, RECOVERY_AUDIENCE, memberId, {}, now);
}

export async function verifyRecoveryToken(secret: string, token: string, now: Date): Promise<string | null> {
  const claims = await verify(secret, RECOVERY_AUDIENCE, token, z.object({ sub: z.string() }), now);
  return claims?.sub ?? null;
}
