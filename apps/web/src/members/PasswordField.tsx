'use client';

import { TextField, type TextFieldProps } from './TextField';

interface PasswordFieldProps extends Omit<TextFieldProps, 'type' | 'autoComplete'> {
  /** The password the member has, or one being chosen (the browser then offers to make one up). */
  purpose: 'current' | 'new';
}

/** A password box that password managers fill in (or fill out) correctly. */
export function PasswordField({ purpose, ...field }: PasswordFieldProps) {
  return <TextField type="password" autoComplete={`${purpose}-password`} {...field} />;
}
