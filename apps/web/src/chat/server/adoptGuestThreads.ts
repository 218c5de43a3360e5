import 'server-only';
import { callBackend } from './callBackend';
import type { ChatProxyDeps } from './chatProxyDeps';
import { chatRefusal } from './chatRefusals';
import { clearedGuestCookieHeader, guestTokenOf } from './guestCookie';
import { GUEST_EXPIRED, refusalKeyOf } from './guestSession';

/**
 * `POST /api/chat/adopt`: after signing in, the threads of the guest cookie's token become the
 * member's (the backend's `POST /chat/threads/adopt`) and the cookie is removed. Without a cookie
 * there is nothing to keep: `{ threads: [] }`. A token that has lapsed is removed as well; while
 * the backend cannot be reached the cookie stays, for the next try.
 */
export async function adoptGuestThreads(request: Request, deps: ChatProxyDeps): Promise<Response> {
  const authorization = await deps.memberAuthorization();
  if (!authorization.authorization) return chatRefusal(401, 'chatSignInOrGuest');
  const guestToken = guestTokenOf(request);
  const cleared = { 'set-cookie': clearedGuestCookieHeader(deps.cookie), 'cache-control': 'no-store' };
  if (!guestToken) return Response.json({ threads: [] }, { headers: { 'cache-control': 'no-store' } });
  const answer = await refusalKeyOf(
    await callBackend(request, deps, '/chat/threads/adopt', { guestToken }, authorization),
  );
  if (answer.messageKey === GUEST_EXPIRED) return Response.json({ threads: [] }, { headers: cleared });
  if (answer.response.ok) answer.response.headers.append('set-cookie', cleared['set-cookie']);
  return answer.response;
}
