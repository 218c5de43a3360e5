'use client';

import { memberFieldSchemas } from '@scentence/api/schemas';
import { useMemo } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { ruleMessages } from './fieldErrors';
import { checkEmailAvailability, checkNicknameAvailability, type SignUpField } from './signUpActions';
import { useAvailability } from './useAvailability';

export type SignUpFormField = SignUpField | 'passwordConfirm';
export type SignUpValues = Record<SignUpFormField, string>;

/** The sign-up fields checked against the backend's rules, and the email and nickname for availability. */
export function useSignUpChecks(values: SignUpValues) {
  const { locale, t } = useI18n();
  const checks = t.members.checks;
  const rules = useMemo(() => memberFieldSchemas(locale), [locale]);
  const ruleErrors: Record<SignUpFormField, string[]> = {
    // The services check what they are sent; the form sends these trimmed (signUpMember).
    email: ruleMessages(rules.email, values.email.trim()),
    nickname: ruleMessages(rules.nickname, values.nickname.trim()),
    password: ruleMessages(rules.password, values.password),
    passwordConfirm: !values.passwordConfirm
      ? [checks.confirmRequired]
      : values.passwordConfirm !== values.password
        ? [checks.passwordMismatch]
        : [],
  };
  const emailAvailability = useAvailability(
    values.email.trim().toLowerCase(),
    ruleErrors.email.length === 0,
    checkEmailAvailability,
  );
  const nicknameAvailability = useAvailability(
    values.nickname.trim(),
    ruleErrors.nickname.length === 0,
    checkNicknameAvailability,
  );
  return { ruleErrors, emailAvailability, nicknameAvailability };
}
