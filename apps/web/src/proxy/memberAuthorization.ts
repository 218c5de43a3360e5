import { signAccessToken } from '@scentence/api/auth';
import { currentMember } from '../auth/currentMember';
import { webEnv } from '../env';

/**
 * The Authorization header a proxied call carries: a token minted now for the session's member,
 * or none when signed out. The browser's own Authorization header is never passed on.
 */
export async function memberAuthorization(): Promise<Record<string, string>> {
  const member = await currentMember();
  if (!member) return {};
  const token = await signAccessToken(webEnv().AUTH_SECRET, { memberId: member.id, role: member.role });
  return { authorization: `Bearer ${token}` };
}
