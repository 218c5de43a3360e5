import { problemText } from '../auth/memberProblem';
import { signInFailureOf } from '../auth/signInSteps';
import type { Locale } from '../i18n/locale';
import { formatDate } from './formatDate';
import type { MembersText } from './membersText.ko';

type Param = string | string[] | undefined;
const first = (value: Param) => (Array.isArray(value) ? value[0] : value);

/** The error a failed Kakao sign-in came back to `/login?error=` with, in words (next-auth's own codes too). */
export function loginErrorText(error: Param, locale: Locale, text: MembersText): string | null {
  const code = first(error);
  if (!code) return null;
  const failure = signInFailureOf(code);
  if (failure.kind === 'continue' || failure.problem.kind === 'unknown') return text.login.kakaoFailed;
  return problemText(failure.problem, locale, text.errors);
}

/** What `/login?notice=` says: after a withdrawal, or after a session the backend ended. */
export function loginNoticeText(notice: Param, until: Param, locale: Locale, text: MembersText): string | null {
  switch (first(notice)) {
    case 'withdrawn': {
      const date = formatDate(first(until) ?? '', locale);
      return date ? text.login.withdrawn(date) : null;
    }
    case 'ended':
      return text.login.signedOutLocked;
    default:
      return null;
  }
}
