'use client';

import { useRouter } from 'next/navigation';
import { signIn } from 'next-auth/react';
import { useState } from 'react';
import { problemText } from '../auth/memberProblem';
import { signInFailureOf } from '../auth/signInSteps';
import { useI18n } from '../i18n/I18nProvider';

/** Our credentials-type next-auth providers: email and password, Kakao account linking, withdrawal recovery. */
type CredentialsProvider = 'credentials' | 'kakao-link' | 'recovery';

/**
 * Signs in through one of our credentials-type providers and goes on to `destination`; a failure
 * either continues on the page the backend names or becomes the error shown, which starts as
 * `initialError` (the one the page opened with).
 */
export function useProviderSignIn(
  provider: CredentialsProvider,
  destination: string,
  initialError: string | null = null,
) {
  const { locale, t } = useI18n();
  const router = useRouter();
  const [error, setError] = useState(initialError);
  const [pending, setPending] = useState(false);

  async function run(fields: Record<string, string> = {}) {
    setPending(true);
    setError(null);
    const result = await signIn(provider, { ...fields, redirect: false });
    if (result?.ok && !result.error) {
      router.push(destination);
      router.refresh();
      return;
    }
    setPending(false);
    const failure = signInFailureOf(result?.error);
    if (failure.kind === 'continue') router.push(failure.path);
    else setError(problemText(failure.problem, locale, t.members.errors));
  }

  return { run, error, pending };
}
