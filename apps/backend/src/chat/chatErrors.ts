import { MessageError, RetryAfter } from '@scentence/api';
import type { ChatMessageKey } from '@scentence/api/schemas';

/** What the chat procedures' own errors mean, for the API documents (`errors` in their meta). */
export const CHAT_ERROR_DOCS = {
  threadNotFound:
    "No such thread of the caller (`NOT_FOUND`): another member's thread, and a guest's past its 24 hours, are never found.",
  guestRequired:
    "Neither a member's bearer token nor a valid `guestToken` (`UNAUTHORIZED`): an expired guest token gets `chatGuestExpired`.",
  guestInvalid: 'The guest token is forged or expired (`UNAUTHORIZED`, `chatGuestExpired`).',
  busy: 'Another answer in the same thread was stored first (`CONFLICT`, `chatBusy`): send again.',
  messageLimit:
    "A guest's daily message limit (`chatGuestDailyLimit`) or a member's hourly one (`chatMemberHourlyLimit`), both with `limit`, `seconds` and `Retry-After`.",
  guestSessionLimit:
    'Guest sessions started from one client address per 24 hours (`chatGuestSessionLimit`, with `limit` and `seconds`).',
} as const;

export function threadNotFound(): MessageError {
  return new MessageError({ code: 'NOT_FOUND', key: 'chatThreadNotFound' satisfies ChatMessageKey });
}

export function signInOrGuest(): MessageError {
  return new MessageError({ code: 'UNAUTHORIZED', key: 'chatSignInOrGuest' satisfies ChatMessageKey });
}

export function guestExpired(): MessageError {
  return new MessageError({ code: 'UNAUTHORIZED', key: 'chatGuestExpired' satisfies ChatMessageKey });
}

export function threadBusy(): MessageError {
  return new MessageError({ code: 'CONFLICT', key: 'chatBusy' satisfies ChatMessageKey });
}

/** 429 with the wait as a number: `params.seconds` for the message, the cause for the Retry-After header. */
function tooMany(key: ChatMessageKey, limit: number, retryAfterSeconds: number): MessageError {
  return new MessageError({
    code: 'TOO_MANY_REQUESTS',
    key,
    params: { limit, seconds: retryAfterSeconds },
    cause: new RetryAfter(retryAfterSeconds),
  });
}

/** 429: a guest's messages today are used up (`params.limit`, `params.seconds`, Retry-After). */
export function guestDailyLimit(limit: number, retryAfterSeconds: number): MessageError {
  return tooMany('chatGuestDailyLimit', limit, retryAfterSeconds);
}

/** 429: a member's messages in the last hour are used up (`params.limit`, `params.seconds`, Retry-After). */
export function memberHourlyLimit(limit: number, retryAfterSeconds: number): MessageError {
  return tooMany('chatMemberHourlyLimit', limit, retryAfterSeconds);
}

/** 429: too many guest sessions from one address today (`params.limit`, `params.seconds`, Retry-After). */
export function guestSessionLimit(limit: number, retryAfterSeconds: number): MessageError {
  return tooMany('chatGuestSessionLimit', limit, retryAfterSeconds);
}
