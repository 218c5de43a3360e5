'use client';

import { memberFieldSchemas } from '@scentence/api/schemas';
import { type FormEvent, useMemo, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { trpc } from '../trpc/client';
import { ruleMessages } from './fieldErrors';
import { TextField } from './TextField';
import { useFailureText } from './useFailureText';

const FIELDS = ['currentPassword', 'newPassword'] as const;
type Field = (typeof FIELDS)[number] | 'confirm';

/** The current password, then a new one that meets the same rules as at sign-up. */
export function PasswordSection({ hasPassword }: { hasPassword: boolean }) {
  const { locale, t } = useI18n();
  const text = t.members;
  const rules = useMemo(() => memberFieldSchemas(locale), [locale]);
  const failureText = useFailureText();
  const changePassword = trpc.member.changePassword.useMutation();
  const [values, setValues] = useState({ currentPassword: '', newPassword: '', confirm: '' });
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Partial<Record<Field, string>>>({});
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);

  const ruleErrors: Record<Field, string[]> = {
    currentPassword: ruleMessages(rules.currentPassword, values.currentPassword),
    newPassword: ruleMessages(rules.password, values.newPassword),
    confirm: values.confirm === values.newPassword ? [] : [text.checks.passwordMismatch],
  };
  const errorsOf = (field: Field) => {
    const server = serverErrors[field];
    if (server) return [server];
    const shown = submitted || (field !== 'currentPassword' && values[field] !== '');
    return shown ? ruleErrors[field] : [];
  };

  function update(field: Field, value: string) {
    setValues((previous) => ({ ...previous, [field]: value }));
    setServerErrors((previous) => ({ ...previous, [field]: undefined }));
    setMessage(null);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (Object.values(ruleErrors).some((errors) => errors.length > 0)) return;
    try {
      await changePassword.mutateAsync({
        currentPassword: values.currentPassword,
        newPassword: values.newPassword,
      });
      setValues({ currentPassword: '', newPassword: '', confirm: '' });
      setSubmitted(false);
      setMessage({ tone: 'success', text: text.me.passwordChanged });
    } catch (error) {
      const failure = failureText(error, FIELDS);
      setServerErrors(failure.fieldErrors);
      if (failure.message) setMessage({ tone: 'error', text: failure.message });
    }
  }

  return (
    <section className="member-card" aria-labelledby="password-title">
      <h2 id="password-title" className="member-card__title">
        {text.me.password}
      </h2>
      {!hasPassword ? (
        <p className="member-card__body">{text.me.noPassword}</p>
      ) : (
        <form className="member-form__fields" onSubmit={submit} noValidate data-testid="password-form">
          <TextField
            id="password-current"
            label={text.fields.currentPassword}
            type="password"
            autoComplete="current-password"
            value={values.currentPassword}
            onChange={(event) => update('currentPassword', event.target.value)}
            errors={errorsOf('currentPassword')}
          />
          <TextField
            id="password-new"
            label={text.fields.newPassword}
            hint={text.hints.password}
            type="password"
            autoComplete="new-password"
            value={values.newPassword}
            onChange={(event) => update('newPassword', event.target.value)}
            errors={errorsOf('newPassword')}
            success={values.newPassword && ruleErrors.newPassword.length === 0 ? text.checks.passwordOk : null}
          />
          <TextField
            id="password-confirm"
            label={text.fields.newPasswordConfirm}
            type="password"
            autoComplete="new-password"
            value={values.confirm}
            onChange={(event) => update('confirm', event.target.value)}
            errors={errorsOf('confirm')}
          />
          {message && (
            <p className={`member-form__message member-form__message--${message.tone}`} role="status">
              {message.text}
            </p>
          )}
          <button type="submit" className="button member-form__submit" disabled={changePassword.isPending}>
            {changePassword.isPending ? text.me.changingPassword : text.me.changePassword}
          </button>
        </form>
      )}
    </section>
  );
}
