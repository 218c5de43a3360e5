import 'server-only';
import { memberBackend } from './backendClients';
import { backendFailureOf } from './backendErrors';
import { type SessionMember, toSessionMember } from './sessionMember';

/**
 * The session's member as the backend knows them now (`member.me`): a new nickname or role shows
 * at once. An account that is locked or gone ends the session (next-auth clears the cookie when
 * the jwt callback throws); an outage keeps it as it was.
 */
export async function refreshedSessionMember(member: SessionMember): Promise<SessionMember> {
  try {
    return toSessionMember(await memberBackend(member).member.me.query({}));
  } catch (error) {
    if (backendFailureOf(error).problem.kind === 'unavailable') return member;
    throw new Error('The session ended: the member can no longer sign in');
  }
}
