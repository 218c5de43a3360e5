import 'server-only';
import { signAccessToken } from '@scentence/api/auth';
import { cookies } from 'next/headers';
import { currentMember } from '../auth/currentMember';
import { webEnv } from '../env';

/** next-auth's session cookie: `__Secure-` over https, split into `.0`, `.1` … when it is large. */
const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token(\.\d+)?$/;

/** Whether any of these cookie names can carry a next-auth session. */
export function hasSessionCookie(names: Iterable<string>): boolean {
  for (const name of names) if (SESSION_COOKIE.test(name)) return true;
  return false;
}

/**
 * The Authorization header a proxied call carries: a token minted now for the session's member,
 * or none when signed out. Without a session cookie there is no member: the session is not read
 * and nothing is signed (most catalog reads are anonymous). The browser's own Authorization header
 * is never passed on.
 */
export async function memberAuthorization(): Promise<Record<string, string>> {
  if (!hasSessionCookie((await cookies()).getAll().map((cookie) => cookie.name))) return {};
  const member = await currentMember();
  if (!member) return {};
  const token = await signAccessToken(webEnv().AUTH_SECRET, { memberId: member.id, role: member.role });
  return { authorization: `Bearer ${token}` };
}
