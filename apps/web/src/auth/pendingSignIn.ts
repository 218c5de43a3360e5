import 'server-only';
import { cookies } from 'next/headers';
import { z } from 'zod';
import { webEnv } from '../env';

/** The backend's proofs last 15 minutes, however long the account itself stays recoverable. */
const MAX_AGE_SECONDS = 15 * 60;

/**
 * A sign-in that must finish on another page keeps the backend's proof in an httpOnly cookie,
 * never in a URL, and only for as long as the proof is valid.
 */
function pendingCookie<T>(name: string, schema: z.ZodType<T>) {
  return {
    async save(value: T): Promise<void> {
      (await cookies()).set(name, Buffer.from(JSON.stringify(value)).toString('base64url'), {
        httpOnly: true,
        sameSite: 'lax',
        secure: webEnv().NEXTAUTH_URL.startsWith('https:'),
        path: '/',
        maxAge: MAX_AGE_SECONDS,
      });
    },
    async read(): Promise<T | null> {
      const raw = (await cookies()).get(name)?.value;
      if (!raw) return null;
      try {
        const parsed = schema.safeParse(JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')));
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
    async clear(): Promise<void> {
      (await cookies()).delete(name);
    },
  };
}

/** A Kakao account whose email belongs to an email account: `/link-account` asks its password. */
export const pendingLink = pendingCookie(
  'scentence.kakao-link',
  z.object({ linkToken: z.string(), email: z.string(), expiresAt: z.iso.datetime() }),
);

/** An account whose withdrawal can still be cancelled: `/recover` offers to. */
export const pendingRecovery = pendingCookie(
  'scentence.recovery',
  z.object({ recoveryToken: z.string(), recoverableUntil: z.iso.datetime() }),
);
