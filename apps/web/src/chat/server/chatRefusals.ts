import 'server-only';
import { CHAT_MESSAGES, type ChatMessageKey, type ErrorBody } from '@scentence/api/schemas';

const CODES: Record<number, string> = { 401: 'UNAUTHORIZED', 404: 'NOT_FOUND' };

/** A chat error answered by the web route itself, in the backend's error format (Korean text and its key). */
export function chatRefusal(status: 401 | 404, key: ChatMessageKey, headers: Record<string, string> = {}): Response {
  const body: ErrorBody = {
    code: CODES[status] ?? 'BAD_REQUEST',
    message: CHAT_MESSAGES[key].ko,
    issues: [],
    messageKey: key,
  };
  return Response.json(body, { status, headers: { 'cache-control': 'no-store', ...headers } });
}

/** 503 in the proxy's format: the backend could not be asked. */
export function backendUnavailable(): Response {
  const body: ErrorBody = {
    code: 'SERVICE_UNAVAILABLE',
    message: 'The backend service is unavailable; try again shortly',
    issues: [],
  };
  return Response.json(body, { status: 503, headers: { 'cache-control': 'no-store' } });
}
