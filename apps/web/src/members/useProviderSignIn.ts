'use client';

import { useRouter } from 'next/navigation';
import { signIn } from 'next-auth/react';
import { useState } from 'react';
import { problemText } from '../auth/memberProblem';
import { signInFailureOf } from '../auth/signInSteps';
import { useI18n } from '../i18n/I18nProvider';

/** Finishes a sign-in through one of our credentials-type providers and goes on to `destination`. */
export function useProviderSignIn(provider: 'kakao-link' | 'recovery', destination: string) {
  const { locale, t } = useI18n();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
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
