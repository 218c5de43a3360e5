import type { ErrorBody } from '@scentence/api/schemas';

/** A guest's messages today, guest sessions from one network, or a signed-in member's messages this hour. */
type LimitOf = 'messages' | 'sessions' | 'memberMessages';

/** What went wrong with a message or a thread, as the page explains it. */
export type ChatProblem = { kind: 'limit'; of: LimitOf; limit: number; retryAt: number } | { kind: PlainProblemKind };
type PlainProblemKind = 'notFound' | 'expired' | 'busy' | 'invalid' | 'unavailable' | 'generic';

const LIMIT_BY_KEY: Record<string, LimitOf> = {
  chatGuestDailyLimit: 'messages',
  chatGuestSessionLimit: 'sessions',
  chatMemberHourlyLimit: 'memberMessages',
};

const BY_KEY: Record<string, PlainProblemKind> = {
  chatThreadNotFound: 'notFound',
  chatGuestExpired: 'expired',
  chatSignInOrGuest: 'expired',
  chatBusy: 'busy',
  chatUnavailable: 'unavailable',
};

function numberParam(body: ErrorBody | null, name: string): number | null {
  const value = body?.params?.[name];
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(number) ? number : null;
}

/**
 * The problem an error answer stands for: by its message key first, then by its status (0: no
 * answer at all). `now` dates a limit's "come back at".
 */
export function chatProblemOf(status: number, body: ErrorBody | null, now: number): ChatProblem {
  const limitOf = body?.messageKey ? LIMIT_BY_KEY[body.messageKey] : undefined;
  if (limitOf || status === 429) {
    const seconds = numberParam(body, 'seconds') ?? 60 * 60;
    const of = limitOf ?? 'messages';
    return { kind: 'limit', of, limit: numberParam(body, 'limit') ?? 0, retryAt: now + seconds * 1000 };
  }
  const byKey = body?.messageKey ? BY_KEY[body.messageKey] : undefined;
  if (byKey) return { kind: byKey };
  if (status === 0 || status === 502 || status === 503 || status === 504) return { kind: 'unavailable' };
  if (status === 404) return { kind: 'notFound' };
  if (status === 400 || status === 413 || status === 415) return { kind: 'invalid' };
  return { kind: 'generic' };
}
