'use client';

import Link from 'next/link';
import { type FormEvent, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { FormErrorLine } from './FormErrorLine';
import { KakaoButton } from './KakaoButton';
import { SignInPasswordField } from './SignInPasswordField';
import { SubmitButton } from './SubmitButton';
import { TextField } from './TextField';
import { useProviderSignIn } from './useProviderSignIn';

interface LoginFormProps {
  callbackPath: string;
  kakaoEnabled: boolean;
  /** The `error` a failed Kakao sign-in came back with, already put into words. */
  initialError: string | null;
}

/** Email and password through next-auth's credentials provider, and Kakao when the server offers it. */
export function LoginForm({ callbackPath, kakaoEnabled, initialError }: LoginFormProps) {
  const text = useI18n().t.members;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const login = useProviderSignIn('credentials', callbackPath, initialError);

  function submit(event: FormEvent) {
    event.preventDefault();
    void login.run({ email, password });
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
        <SignInPasswordField id="login-password" value={password} onValueChange={setPassword} />
        <FormErrorLine error={login.error} testId="login-error" />
        <SubmitButton
          pending={login.pending}
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
