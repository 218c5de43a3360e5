'use client';

import { memberFieldSchemas } from '@scentence/api/schemas';
import { type FormEvent, useMemo } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { trpc } from '../trpc/client';
import { FormNoticeLine } from './FormNoticeLine';
import { ruleMessages } from './fieldErrors';
import { MemberCard } from './MemberCard';
import { PasswordField } from './PasswordField';
import { SubmitButton } from './SubmitButton';
import { useMemberForm } from './useMemberForm';

const FIELDS = ['currentPassword', 'newPassword'] as const;
type Field = (typeof FIELDS)[number] | 'confirm';

/** The current password, then a new one that meets the same rules as at sign-up. */
export function PasswordSection({ hasPassword }: { hasPassword: boolean }) {
  const { locale, t } = useI18n();
  const text = t.members;
  const rules = useMemo(() => memberFieldSchemas(locale), [locale]);
  const changePassword = trpc.member.changePassword.useMutation();
  const form = useMemberForm({ currentPassword: '', newPassword: '', confirm: '' }, { serverFields: FIELDS });
  const { values, submitted, serverErrors } = form;

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
  /** A field's value and change handler, and the errors shown under it. */
  const fieldOf = (field: Field) => ({ ...form.bind(field), errors: errorsOf(field) });

  async function submit(event: FormEvent) {
    event.preventDefault();
    form.setSubmitted(true);
    if (Object.values(ruleErrors).some((errors) => errors.length > 0)) return;
    try {
      await changePassword.mutateAsync({
        currentPassword: values.currentPassword,
        newPassword: values.newPassword,
      });
      form.reset();
      form.setNotice({ tone: 'success', text: text.me.passwordChanged });
    } catch (error) {
      form.showFailure(error);
    }
  }

  return (
    <MemberCard titleId="password-title" title={text.me.password}>
      {!hasPassword ? (
        <p className="member-card__body">{text.me.noPassword}</p>
      ) : (
        <form className="member-form__fields" onSubmit={submit} noValidate data-testid="password-form">
          <PasswordField
            id="password-current"
            label={text.fields.currentPassword}
            purpose="current"
            {...fieldOf('currentPassword')}
          />
          <PasswordField
            id="password-new"
            label={text.fields.newPassword}
            hint={text.hints.password}
            purpose="new"
            {...fieldOf('newPassword')}
            success={values.newPassword && ruleErrors.newPassword.length === 0 ? text.checks.passwordOk : null}
          />
          <PasswordField
            id="password-confirm"
            label={text.fields.newPasswordConfirm}
            purpose="new"
            {...fieldOf('confirm')}
          />
          <FormNoticeLine notice={form.notice} />
          <SubmitButton
            pending={changePassword.isPending}
            label={text.me.changePassword}
            pendingLabel={text.me.changingPassword}
          />
        </form>
      )}
    </MemberCard>
  );
}
