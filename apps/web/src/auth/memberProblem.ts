import {
  isMemberMessageKey,
  type Locale,
  type MemberMessageKey,
  type MessageParams,
  memberMessage,
} from '@scentence/api/schemas';

/**
 * Why a member call failed, in a form that survives a URL (`/login?error=…`) and is shown in
 * the reader's language: one of the backend's member messages, or a service outage.
 */
export type MemberProblem =
  | { kind: 'member'; key: MemberMessageKey; seconds?: number }
  | { kind: 'unavailable' }
  | { kind: 'unknown' };

const SERVICE_UNAVAILABLE = 503;

/** Reads the message key (and the wait of a 429) a service sent, and its status, into a problem. */
export function problemOf(
  messageKey: string | undefined,
  params: MessageParams | undefined,
  httpStatus: number | undefined,
): MemberProblem {
  if (messageKey !== undefined && isMemberMessageKey(messageKey)) {
    const seconds = params?.seconds;
    if (typeof seconds === 'number' && Number.isInteger(seconds)) return { kind: 'member', key: messageKey, seconds };
    return { kind: 'member', key: messageKey };
  }
  if (httpStatus === undefined || httpStatus === SERVICE_UNAVAILABLE) return { kind: 'unavailable' };
  return { kind: 'unknown' };
}

/** `member.accountLocked`, `member.tooManyRequests.42`, `unavailable`, `unknown`. */
export function encodeProblem(problem: MemberProblem): string {
  if (problem.kind !== 'member') return problem.kind;
  return problem.seconds === undefined ? `member.${problem.key}` : `member.${problem.key}.${problem.seconds}`;
}

/** The inverse of `encodeProblem`; anything else (a forged or next-auth code) is `unknown`. */
export function decodeProblem(code: string | null | undefined): MemberProblem {
  if (code === 'unavailable') return { kind: 'unavailable' };
  const match = /^member\.(\w+)(?:\.(\d{1,7}))?$/.exec(code ?? '');
  const key = match?.[1];
  if (!key || !isMemberMessageKey(key)) return { kind: 'unknown' };
  return match[2] === undefined ? { kind: 'member', key } : { kind: 'member', key, seconds: Number(match[2]) };
}

export interface ProblemTexts {
  unavailable: string;
  unknown: string;
}

/** The problem as a sentence in the reader's language. */
export function problemText(problem: MemberProblem, locale: Locale, texts: ProblemTexts): string {
  if (problem.kind === 'member') return memberMessage(problem.key, locale, { seconds: problem.seconds ?? 0 });
  return texts[problem.kind];
}
