import 'server-only';
import { chatSendInputSchema } from '@scentence/api/schemas';
import { callBackend } from './callBackend';
import type { ChatProxyDeps } from './chatProxyDeps';
import { chatRefusal } from './chatRefusals';
import { clearedGuestCookieHeader, guestCookieHeader, guestTokenOf, isUsableGuestToken } from './guestCookie';
import { GUEST_EXPIRED, newGuestSession, refusalKeyOf } from './guestSession';
import { readJsonObject } from './readJsonObject';

const STREAM_PATH = '/chat/messages/stream';
/** What the browser may send; the guest token is never taken from the body, only from the cookie. */
const SENT_FIELDS = Object.keys(chatSendInputSchema.shape).filter((field) => field !== 'guestToken');

function sentFieldsOf(body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    SENT_FIELDS.filter((field) => Object.hasOwn(body, field)).map((field) => [field, body[field]]),
  );
}

/** Events reach the browser as they are written: no proxy in between may hold them back. */
function unbuffered(response: Response): Response {
  if (response.ok) response.headers.set('x-accel-buffering', 'no');
  return response;
}

/**
 * `POST /api/chat/messages/stream`: a message sent on to the backend's event stream. A member is
 * sent as the bearer token; a guest's token comes from the cookie, or, when there is none (or the
 * backend refused it) and the message starts a new thread, from a new guest session, which the
 * answer sets as the cookie. A message to an existing thread without a valid token is 401
 * chatGuestExpired: that thread belonged to a guest session that is gone.
 */
export async function streamMessage(request: Request, deps: ChatProxyDeps): Promise<Response> {
  const read = await readJsonObject(request);
  if (!read.ok) return read.response;
  const input = sentFieldsOf(read.body);
  const authorization = await deps.memberAuthorization();
  if (authorization.authorization) {
    return unbuffered(await callBackend(request, deps, STREAM_PATH, input, authorization));
  }

  const now = deps.now();
  const continuing = input.threadId !== undefined;
  const cookieToken = guestTokenOf(request);
  const send = (guestToken: string) => callBackend(request, deps, STREAM_PATH, { ...input, guestToken });
  const expired = () =>
    chatRefusal(401, GUEST_EXPIRED, cookieToken ? { 'set-cookie': clearedGuestCookieHeader(deps.cookie) } : {});

  if (cookieToken && isUsableGuestToken(cookieToken, now)) {
    const first = await refusalKeyOf(await send(cookieToken));
    if (first.messageKey !== GUEST_EXPIRED) return unbuffered(first.response);
    if (continuing) return expired();
  } else if (continuing) {
    return expired();
  }

  const started = await newGuestSession(request, deps);
  if ('refusal' in started) return started.refusal;
  const { session } = started;
  const answer = unbuffered(await send(session.guestToken));
  answer.headers.append(
    'set-cookie',
    guestCookieHeader(session.guestToken, new Date(session.expiresAt), now, deps.cookie),
  );
  return answer;
}
