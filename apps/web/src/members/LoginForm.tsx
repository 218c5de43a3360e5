'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { signIn } from 'next-auth/react';
import { type FormEvent, useState } from 'react';
import { problemText } from '../auth/memberProblem';
import { signInFailureOf } from '../auth/signInSteps';
import { useI18n } from '../i18n/I18nProvider';
import { FormErrorLine } from './FormErrorLine';
import { KakaoButton } from './KakaoButton';
import { PasswordField } from './PasswordField';
import { SubmitButton } from './SubmitButton';
import { TextField } from './TextField';

interface LoginFormProps {
  callbackPath: string;
  kakaoEnabled: boolean;
  /** The `error` a failed Kakao sign-in came back with, already put into words. */
  initialError: string | null;
}

/** Email and password through next-auth's credentials provider, and Kakao when the server offers it. */
export function LoginForm({ callbackPath, kakaoEnabled, initialError }: LoginFormProps) {
  const { locale, t } = useI18n();
  const text = t.members;
  const router = useRouter();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState(initialError);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const result = await signIn('credentials', { email, password, redirect: false });
    if (result?.ok && !result.error) {
      router.push(callbackPath);
      router.refresh();
      return;
    }
    setPending(false);
    const failure = signInFailureOf(result?.error);
    if (failure.kind === 'continue') router.push(failure.path);
    else setError(problemText(failure.problem, locale, text.errors));
  }

  return (
    <div className="member-form">
      <form className="member-form__fields" onSubmit={submit} data-testid="login-form">
        <TextField
          id="login-email"
          label={text.fields.email}
          type="email"
          autoComplete="email"
          required
          value={email}
          onValueChange={setEmail}
        />
        <PasswordField
          id="login-password"
          label={text.fields.password}
          purpose="current"
          required
          value={password}
          onValueChange={setPassword}
        />
        <FormErrorLine error={error} testId="login-error" />
        <SubmitButton
          pending={pending}
          label={text.login.submit}
          pendingLabel={text.login.submitting}
          testId="login-submit"
        />
      </form>
      {kakaoEnabled && (
        <div className="member-form__alternative">
          <p className="member-form__divider">
            <span>{text.login.or}</span>
          </p>
          <KakaoButton callbackPath={callbackPath} />
          <p className="member-field__hint">{text.login.kakaoHint}</p>
        </div>
      )}
      <p className="member-form__switch">
        {text.login.noAccount} <Link href="/signup">{text.login.signUp}</Link>
      </p>
    </div>
  );
}
