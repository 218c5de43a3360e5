import { jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';

export const memberRoleSchema = z.enum(['member', 'admin']);
export type MemberRole = z.infer<typeof memberRoleSchema>;

/** A signed-in member, as the web app vouches for them per call. */
export interface MemberCaller {
  memberId: string;
  role: MemberRole;
}

/** One of our own servers (the web app's next-auth, subject `web`); browsers never hold this token. */
export interface ServiceCaller {
  service: string;
  role: 'service';
}

/** Who is calling: verified from the bearer token, never taken from input or a bare header. */
export type Caller = MemberCaller | ServiceCaller;

const ISSUER = 'scentence-web';
const AUDIENCE = 'scentence-services';
/** Short-lived on purpose: the web app mints one per member call, and reuses its own service token for a few minutes at most. */
export const ACCESS_TOKEN_TTL_SECONDS = 300;

const claimsSchema = z.object({ sub: z.string().min(1), role: z.union([memberRoleSchema, z.literal('service')]) });

function keyFrom(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

function signToken(secret: string, subject: string, role: Caller['role'], ttlSeconds: number): Promise<string> {
  return new SignJWT({ role })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(subject)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(keyFrom(secret));
}

export function signAccessToken(
  secret: string,
  caller: MemberCaller,
  ttlSeconds = ACCESS_TOKEN_TTL_SECONDS,
): Promise<string> {
  return signToken(secret, caller.memberId, caller.role, ttlSeconds);
}

/** The token a server mints for itself to call service-only procedures (credentials, Kakao). */
export function signServiceToken(secret: string, service = 'web', ttlSeconds = ACCESS_TOKEN_TTL_SECONDS) {
  return signToken(secret, service, 'service', ttlSeconds);
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
    if (!claims.success) return null;
    const { sub, role } = claims.data;
    return role === 'service' ? { service: sub, role } : { memberId: sub, role };
  } catch {
    return null;
  }
}

export function bearerTokenFrom(authorization: string | null | undefined): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  return match?.[1] ?? null;
}
