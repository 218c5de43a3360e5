import { randomUUID } from 'node:crypto';
import { CHAT_GUEST_TTL_HOURS } from '@scentence/api/schemas';
import { jwtVerify, SignJWT } from 'jose';

const ISSUER = 'scentence-backend';
/** Not the services' audience: a guest token is never a member's access token, nor the other way round. */
const AUDIENCE = 'scentence-chat-guest';
export const GUEST_TTL_MS = CHAT_GUEST_TTL_HOURS * 3_600_000;

export interface GuestSession {
  guestId: string;
  guestToken: string;
  expiresAt: Date;
}

const keyOf = (secret: string) => new TextEncoder().encode(secret);

/** A new guest: a random id, signed with the services' secret, living 24 hours. */
export async function issueGuestToken(secret: string, now: Date): Promise<GuestSession> {
  const guestId = randomUUID();
  const issuedAt = Math.floor(now.getTime() / 1000);
  const expiresAt = new Date((issuedAt + GUEST_TTL_MS / 1000) * 1000);
  const guestToken = await new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(guestId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(keyOf(secret));
  return { guestId, guestToken, expiresAt };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The guest a token proves, or null for a forged, expired or malformed one. */
export async function verifyGuestToken(secret: string, token: string, now: Date): Promise<string | null> {
  try {
    const { payload } = await jwtVerify(token, keyOf(secret), {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ['HS256'],
      currentDate: now,
    });
    return typeof payload.sub === 'string' && UUID.test(payload.sub) ? payload.sub : null;
  } catch {
    return null;
  }
}
