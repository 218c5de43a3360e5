'use client';

import type { InputHTMLAttributes } from 'react';

export interface FieldStatus {
  /** Rules the value breaks or what the server said; shown as a list. */
  errors?: readonly string[];
  /** A check that passed ("사용할 수 있는 이메일이에요"). */
  success?: string | null;
  /** A check under way. */
  pending?: string | null;
}

export interface TextFieldProps extends FieldStatus, Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  id: string;
  label: string;
  hint?: string;
  /** The new text, for a box kept in plain state (instead of `onChange`). */
  onValueChange?: (value: string) => void;
}

/** A labelled input whose hint and live messages are tied to it for screen readers. */
export function TextField({ id, label, hint, errors = [], success, pending, onValueChange, ...input }: TextFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const statusId = `${id}-status`;
  const invalid = errors.length > 0;
  return (
    <div className="member-field">
      <label htmlFor={id} className="member-field__label">
        {label}
      </label>
      <input
        id={id}
        className="member-field__input"
        aria-invalid={invalid || undefined}
        aria-describedby={[hintId, statusId].filter(Boolean).join(' ')}
        {...input}
        onChange={onValueChange ? (event) => onValueChange(event.target.value) : input.onChange}
      />
      {hint && (
        <p id={hintId} className="member-field__hint">
          {hint}
        </p>
      )}
      <div id={statusId} className="member-field__status" aria-live="polite" data-testid={`${id}-status`}>
        {invalid ? (
          <ul className="member-field__errors">
            {errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        ) : success ? (
          <p className="member-field__success">{success}</p>
        ) : pending ? (
          <p className="member-field__pending">{pending}</p>
        ) : null}
      </div>
    </div>
  );
}
