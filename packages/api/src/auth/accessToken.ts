import { SignJWT, jwtVerify } from 'jose';
import { z } from 'zod';

export const memberRoleSchema = z.enum(['member', 'admin']);
export type MemberRole = z.infer<typeof memberRoleSchema>;

/** Who is calling: verified from the bearer token, never taken from input or a bare header. */
export interface Caller {
  memberId: string;
  role: MemberRole;
}

const ISSUER = 'scentence-web';
const AUDIENCE = 'scentence-services';
/** Short-lived on purpose: the web app mints a fresh one for every call. */
export const ACCESS_TOKEN_TTL_SECONDS = 300;

const claimsSchema = z.object({ sub: z.string().min(1), role: memberRoleSchema });

function keyFrom(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

export async function signAccessToken(
  secret: string,
  caller: Caller,
  ttlSeconds = ACCESS_TOKEN_TTL_SECONDS,
): Promise<string> {
  return new SignJWT({ role: caller.role })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(caller.memberId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(keyFrom(secret));
}

/** The caller a token proves, or null for a missing, forged, expired or malformed token. */
export async function verifyAccessToken(secret: string, token: string): Promise<Caller | null> {
  try {
    const { payload } = await jwtVerify(token, keyFrom(secret), {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ['HS256'],
    });
    const claims = claimsSchema.safeParse(payload);
    return claims.success ? { memberId: claims.data.sub, role: claims.data.role } : null;
  } catch {
    return null;
  }
}

export function bearerTokenFrom(authorization: string | null | undefined): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  return match?.[1] ?? null;
}
