import 'server-only';
import {
  type ChatGuestSession,
  type ChatMessageKey,
  chatGuestSessionSchema,
  errorBodySchema,
} from '@scentence/api/schemas';
import { clientAddressOf } from '../../auth/clientAddress';
import { callBackend } from './callBackend';
import type { ChatProxyDeps } from './chatProxyDeps';
import { backendUnavailable } from './chatRefusals';

/**
 * A new guest token from the backend (`POST /chat/guest-sessions`), asked as the web app for the
 * browser's address (sessions are limited per address); otherwise the answer to send on: the
 * backend's 429 as it came, anything else a 503.
 */
export async function newGuestSession(
  request: Request,
  deps: ChatProxyDeps,
): Promise<{ session: ChatGuestSession } | { refusal: Response }> {
  const clientAddress = clientAddressOf(request.headers.get('x-forwarded-for'));
  const response = await callBackend(
    request,
    deps,
    '/chat/guest-sessions',
    { clientAddress },
    await deps.serviceAuthorization(),
  );
  if (response.status === 429) return { refusal: response };
  const parsed = response.ok ? chatGuestSessionSchema.safeParse(await response.json().catch(() => null)) : null;
  return parsed?.success ? { session: parsed.data } : { refusal: backendUnavailable() };
}

/** An answer read to its end, so that it can be looked at and still be sent on. */
export interface ReadAnswer {
  response: Response;
  messageKey: string | null;
}

/**
 * The messageKey of a refusal (a JSON error body), with the answer rebuilt to be sent on; a
 * successful answer (a stream) is left unread.
 */
export async function refusalKeyOf(response: Response): Promise<ReadAnswer> {
  if (response.ok) return { response, messageKey: null };
  const text = await response.text().catch(() => '');
  let messageKey: string | null = null;
  try {
    messageKey = errorBodySchema.safeParse(JSON.parse(text)).data?.messageKey ?? null;
  } catch {
    // not a JSON error body: sent on as it came
  }
  const rebuilt = new Response(text, { status: response.status, headers: response.headers });
  return { response: rebuilt, messageKey };
}

export const GUEST_EXPIRED: ChatMessageKey = 'chatGuestExpired';
