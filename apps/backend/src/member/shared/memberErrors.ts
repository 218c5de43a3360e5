import { MessageError, RetryAfter } from '@scentence/api';
import type { MemberMessageKey, MessageParams } from '@scentence/api/schemas';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server';

/** An error told by a member message: its Korean text, and its key and parameters for the web to translate. */
export function memberError(
  code: TRPC_ERROR_CODE_KEY,
  key: MemberMessageKey,
  params: MessageParams = {},
  cause?: unknown,
): MessageError {
  return new MessageError({ code, key, params, cause });
}

/**
 * A 400 that names the field, shaped like a validation error (`issues: [{ path, message,
 * messageKey }]`), for checks only the database can make: a taken email or nickname, a wrong
 * current password.
 */
export function fieldError(field: string, key: MemberMessageKey): MessageError {
  return new MessageError({ code: 'BAD_REQUEST', key, field });
}

/** 429 with the wait as a number: `params.seconds` for the message, the cause for the Retry-After header. */
export function tooManyRequests(retryAfterSeconds: number): MessageError {
  const wait = new RetryAfter(retryAfterSeconds);
  return memberError('TOO_MANY_REQUESTS', 'tooManyRequests', { seconds: retryAfterSeconds }, wait);
}
