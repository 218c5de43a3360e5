import 'server-only';
import { chatThreadIdSchema } from '@scentence/api/schemas';
import { callBackend } from './callBackend';
import type { ChatProxyDeps } from './chatProxyDeps';
import { chatRefusal } from './chatRefusals';
import { clearedGuestCookieHeader, guestTokenOf } from './guestCookie';
import { GUEST_EXPIRED, refusalKeyOf } from './guestSession';
import { readJsonObject } from './readJsonObject';

/**
 * `POST /api/chat/guest-thread` `{ threadId }`: a guest's thread with its messages, read with the
 * cookie's token (the backend's `POST /chat/guest-threads/{threadId}`). Without a token there is
 * no thread of this guest to find; a token the backend refuses is removed.
 */
export async function guestThread(request: Request, deps: ChatProxyDeps): Promise<Response> {
  const read = await readJsonObject(request);
  if (!read.ok) return read.response;
  const threadId = chatThreadIdSchema.safeParse(read.body.threadId);
  const guestToken = guestTokenOf(request);
  if (!threadId.success || !guestToken) return chatRefusal(404, 'chatThreadNotFound');
  const answer = await refusalKeyOf(
    await callBackend(request, deps, `/chat/guest-threads/${threadId.data}`, { guestToken }),
  );
  if (answer.messageKey === GUEST_EXPIRED) {
    answer.response.headers.append('set-cookie', clearedGuestCookieHeader(deps.cookie));
  }
  return answer.response;
}
