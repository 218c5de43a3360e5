import 'server-only';
/**
 * The guest's chat token in a cookie that page scripts never read (HttpOnly) and that only the
 * chat's own routes receive (Path). Its value is the backend's guest token, a JWT the backend
 * signed (HS256) and verifies on every message: a cookie edited in the browser is refused there.
 */
export const GUEST_COOKIE = 'scentence_chat_guest';
export const GUEST_COOKIE_PATH = '/api/chat';

/** Renewed this long before the token's own expiry, so that no message leaves with a token about to lapse. */
const EXPIRY_MARGIN_MS = 60_000;

export interface GuestCookieOptions {
  /** Sent over https only: true when the site's public origin is https (production). */
  secure: boolean;
}

/** The guest token the request's cookie carries, or null. */
export function guestTokenOf(request: Request): string | null {
  const header = request.headers.get('cookie');
  if (!header) return null;
  for (const pair of header.split(';')) {
    const separator = pair.indexOf('=');
    if (separator < 0 || pair.slice(0, separator).trim() !== GUEST_COOKIE) continue;
    const value = pair.slice(separator + 1).trim();
    return value.length > 0 ? value : null;
  }
  return null;
}

function attributes(options: GuestCookieOptions): string {
  return `Path=${GUEST_COOKIE_PATH}; HttpOnly; SameSite=Lax${options.secure ? '; Secure' : ''}`;
}

/** Set-Cookie for a new guest token, living as long as the token does. */
export function guestCookieHeader(token: string, expiresAt: Date, now: Date, options: GuestCookieOptions): string {
  const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - now.getTime()) / 1000));
  return `${GUEST_COOKIE}=${token}; Max-Age=${maxAge}; ${attributes(options)}`;
}

/** Set-Cookie that removes the guest token (after signing in, its threads are the member's). */
export function clearedGuestCookieHeader(options: GuestCookieOptions): string {
  return `${GUEST_COOKIE}=; Max-Age=0; ${attributes(options)}`;
}

/**
 * When the token says it lapses (its `exp`), read without checking the signature: the backend
 * checks that. Null when the token is not a readable JWT.
 */
export function guestTokenExpiry(token: string): Date | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    if (typeof claims !== 'object' || claims === null || !('exp' in claims) || typeof claims.exp !== 'number') {
      return null;
    }
    return new Date(claims.exp * 1000);
  } catch {
    return null;
  }
}

/** A token worth sending: readable and not about to lapse. */
export function isUsableGuestToken(token: string, now: Date): boolean {
  const expiry = guestTokenExpiry(token);
  return expiry !== null && expiry.getTime() - EXPIRY_MARGIN_MS > now.getTime();
}
