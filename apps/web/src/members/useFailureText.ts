'use client';

import { backendFailureOf } from '../auth/backendErrors';
import { problemText } from '../auth/memberProblem';
import { useI18n } from '../i18n/I18nProvider';
import { fieldErrorsOf } from './fieldErrors';

export interface FailureText<F extends string> {
  fieldErrors: Partial<Record<F, string>>;
  /** For the form as a whole; null when every problem belongs to one of its fields. */
  message: string | null;
}

/** Puts a failed member call into the reader's words, field by field where the backend named one. */
export function useFailureText() {
  const { locale, t } = useI18n();
  return function failureText<F extends string>(error: unknown, fields: readonly F[]): FailureText<F> {
    const failure = backendFailureOf(error);
    const fieldErrors = fieldErrorsOf(failure.issues, fields, locale);
    const message = Object.keys(fieldErrors).length > 0 ? null : problemText(failure.problem, locale, t.members.errors);
    return { fieldErrors, message };
  };
}
