import 'server-only';
import { redirect } from 'next/navigation';
import { currentMember } from './currentMember';
import type { SessionMember } from './sessionMember';

/** The signed-in member, or a redirect to the login page that comes back to `path`. */
export async function requireMember(path: string): Promise<SessionMember> {
  const member = await currentMember();
  if (!member) redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
  return member;
}
