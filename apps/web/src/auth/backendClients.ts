import 'server-only';
import { signAccessToken, signServiceToken } from '@scentence/api/auth';
import { createServiceClient } from '@scentence/api/client';
import type { BackendRouter } from '@scentence/backend';
import { webEnv } from '../env';
import type { SessionMember } from './sessionMember';

/**
 * The backend as the web server itself (a service token): the sign-in steps, sign-up and the
 * availability checks, which alone may vouch for the browser's address.
 */
export function serviceBackend() {
  const { BACKEND_URL, AUTH_SECRET } = webEnv();
  return createServiceClient<BackendRouter>({ url: BACKEND_URL, getToken: () => signServiceToken(AUTH_SECRET) });
}

/** The backend as one signed-in member, with a token minted per call. */
export function memberBackend(member: SessionMember) {
  const { BACKEND_URL, AUTH_SECRET } = webEnv();
  return createServiceClient<BackendRouter>({
    url: BACKEND_URL,
    getToken: () => signAccessToken(AUTH_SECRET, { memberId: member.id, role: member.role }),
  });
}
