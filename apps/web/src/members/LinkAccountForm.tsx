'use client';

import { type FormEvent, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { TextField } from './TextField';
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
      <TextField
        id="link-password"
        label={text.fields.password}
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        errors={link.error ? [link.error] : []}
      />
      <button type="submit" className="button member-form__submit" disabled={link.pending} data-testid="link-submit">
        {link.pending ? text.link.submitting : text.link.submit}
      </button>
    </form>
  );
}
