import { jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';

// Not an access token: its own audience keeps it from ever passing as one (and vice versa).
const ISSUER = 'scentence-backend';
const AUDIENCE = 'scentence-local-upload';

const claimsSchema = z.object({
  sub: z.string().min(1),
  maxBytes: z.number().int().positive(),
  contentType: z.string().min(1),
});

export interface UploadGrant {
  key: string;
  maxBytes: number;
  contentType: string;
}

const keyOf = (secret: string) => new TextEncoder().encode(secret);

/** Permission to PUT one object to the local driver's upload endpoint until `expiresAt`. */
export function signUploadToken(secret: string, grant: UploadGrant, expiresAt: Date): Promise<string> {
  return new SignJWT({ maxBytes: grant.maxBytes, contentType: grant.contentType })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(grant.key)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(keyOf(secret));
}

export async function verifyUploadToken(secret: string, token: string): Promise<UploadGrant | null> {
  try {
    const { payload } = await jwtVerify(token, keyOf(secret), {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ['HS256'],
    });
    const claims = claimsSchema.safeParse(payload);
    return claims.success
      ? { key: claims.data.sub, maxBytes: claims.data.maxBytes, contentType: claims.data.contentType }
      : null;
  } catch {
    return null;
  }
}
