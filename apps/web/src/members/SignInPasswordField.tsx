'use client';

import { useI18n } from '../i18n/I18nProvider';
import { PasswordField } from './PasswordField';
import type { TextFieldProps } from './TextField';

type SignInPasswordFieldProps = Pick<TextFieldProps, 'id' | 'value' | 'onValueChange' | 'errors'>;

/**
 * The password a member already has, asked for to sign in: required, and filled in by a password manager
 * with the one it saved.
 */
export function SignInPasswordField(props: SignInPasswordFieldProps) {
  const text = useI18n().t.members;
  return <PasswordField label={text.fields.password} purpose="current" required {...props} />;
}
