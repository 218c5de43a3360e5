import { decodeProblem, type MemberProblem } from './memberProblem';

/** Pages where a sign-in continues when the backend needs one more step. */
export const CONTINUE_PATHS = ['/link-account', '/recover'] as const;
export type ContinuePath = (typeof CONTINUE_PATHS)[number];

/** What the login page does with a failed next-auth sign-in: continue elsewhere, or say why. */
export type SignInFailure = { kind: 'continue'; path: ContinuePath } | { kind: 'problem'; problem: MemberProblem };

const CONTINUE_PREFIX = 'continue:';

/** The `error` a credentials `authorize` throws so the page can send the person on. */
export function continueCode(path: ContinuePath): string {
  return `${CONTINUE_PREFIX}${path}`;
}

/** The `error` a sign-in failed with, as next-auth hands it back (or as `/login?error=` carries it). */
export function signInFailureOf(error: string | null | undefined): SignInFailure {
  if (error?.startsWith(CONTINUE_PREFIX)) {
    const path = CONTINUE_PATHS.find((candidate) => candidate === error.slice(CONTINUE_PREFIX.length));
    if (path) return { kind: 'continue', path };
  }
  return { kind: 'problem', problem: decodeProblem(error) };
}
