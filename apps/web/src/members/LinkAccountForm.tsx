'use client';

import { type FormEvent, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { SignInPasswordField } from './SignInPasswordField';
import { SubmitButton } from './SubmitButton';
import { useProviderSignIn } from './useProviderSignIn';

/** The password of the email account a Kakao login matched; the two become one member. */
export function LinkAccountForm() {
  const { t } = useI18n();
  const text = t.members;
  const [password, setPassword] = useState('');
  const link = useProviderSignIn('kakao-link', '/me');

  function submit(event: FormEvent) {
    event.preventDefault();
    void link.run({ password });
  }

  return (
    <form className="member-form__fields" onSubmit={submit} data-testid="link-form">
      <SignInPasswordField
        id="link-password"
        value={password}
        onValueChange={setPassword}
        errors={link.error ? [link.error] : []}
      />
      <SubmitButton
        pending={link.pending}
        label={text.link.submit}
        pendingLabel={text.link.submitting}
        testId="link-submit"
      />
    </form>
  );
}
