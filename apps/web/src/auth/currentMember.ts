import 'server-only';
import { getServerSession } from 'next-auth';
import { authOptions } from './authOptions';
import type { SessionMember } from './sessionMember';

/** The signed-in member of this request, from the next-auth session cookie. */
export async function currentMember(): Promise<SessionMember | null> {
  const session = await getServerSession(authOptions());
  return session?.member ?? null;
}
