import 'server-only';
import { ACCESS_TOKEN_TTL_SECONDS, signServiceToken } from '@scentence/api/auth';

/** Renewed this long before it expires, so that a token never lapses on its way to a service. */
const RENEW_BEFORE_EXPIRY_MS = 60_000;

/**
 * The web server's own service token, signed once and reused until shortly before it expires:
 * every signed-out call carries one, and it names no one, so one per process serves them all.
 */
export function reusedServiceToken(secret: string): () => Promise<string> {
  let current: { token: Promise<string>; renewAt: number } | undefined;
  return () => {
    if (current === undefined || Date.now() >= current.renewAt) {
      const token = signServiceToken(secret, 'web', ACCESS_TOKEN_TTL_SECONDS);
      current = { token, renewAt: Date.now() + ACCESS_TOKEN_TTL_SECONDS * 1000 - RENEW_BEFORE_EXPIRY_MS };
      // A failed signing is not kept: the next call tries again.
      token.catch(() => {
        if (current?.token === token) current = undefined;
      });
    }
    return current.token;
  };
}
