'use client';

import { type ChangeEvent, useState } from 'react';
import { useFailureText } from './useFailureText';

export interface FormNotice {
  tone: 'success' | 'error';
  text: string;
}

interface MemberFormOptions<F extends string> {
  /** The fields the backend may name in a failure; its other problems go to the notice. */
  serverFields?: readonly F[];
  /** Keep a notice (e.g. "saved") while the person edits again, instead of clearing it. */
  keepNoticeWhileEditing?: boolean;
}

/**
 * A member form's values, the backend's word on each field and one notice for the whole form.
 * Editing a field clears what the backend said about it.
 */
export function useMemberForm<V extends Record<string, string>, F extends string = Extract<keyof V, string>>(
  initial: V,
  { serverFields = [], keepNoticeWhileEditing = false }: MemberFormOptions<F> = {},
) {
  const failureText = useFailureText();
  const [values, setValues] = useState(initial);
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Partial<Record<F | keyof V, string>>>({});
  const [notice, setNotice] = useState<FormNotice | null>(null);

  function update(field: keyof V, value: string) {
    setValues((previous) => ({ ...previous, [field]: value }));
    setServerErrors((previous) => ({ ...previous, [field]: undefined }));
    if (!keepNoticeWhileEditing) setNotice(null);
  }

  /** A text box's value and change handler for one field. */
  function bind(field: Extract<keyof V, string>) {
    return {
      value: values[field],
      onChange: (event: ChangeEvent<HTMLInputElement>) => update(field, event.target.value),
    };
  }

  function reset() {
    setValues(initial);
    setSubmitted(false);
  }

  /** Puts a failed backend call on its fields, or in the notice when it names none. */
  function showFailure(error: unknown) {
    const failure = failureText(error, serverFields);
    const errors: Partial<Record<F | keyof V, string>> = {};
    for (const field of serverFields) {
      const error = failure.fieldErrors[field];
      if (error) errors[field] = error;
    }
    setServerErrors(errors);
    if (failure.message) setNotice({ tone: 'error', text: failure.message });
  }

  return {
    values,
    update,
    bind,
    reset,
    submitted,
    setSubmitted,
    serverErrors,
    setServerErrors,
    notice,
    setNotice,
    showFailure,
  };
}
