import {
  type Locale,
  MEMBER_MESSAGES,
  type MemberMessageKey,
  memberMessage,
  retryAfterSecondsOf,
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

function isMessageKey(key: string): key is MemberMessageKey {
  return Object.hasOwn(MEMBER_MESSAGES, key);
}

/** Reads a service's (Korean) error message and status back into a problem. */
export function problemFromMessage(message: string, httpStatus: number | undefined): MemberProblem {
  const seconds = retryAfterSecondsOf(message);
  if (seconds !== null) return { kind: 'member', key: 'tooManyRequests', seconds };
  for (const key of Object.keys(MEMBER_MESSAGES)) {
    if (isMessageKey(key) && MEMBER_MESSAGES[key].ko === message) return { kind: 'member', key };
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
  if (!key || !isMessageKey(key)) return { kind: 'unknown' };
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
