'use client';

import { memberFieldSchemas, NICKNAME_MAX_LENGTH, type UserMode } from '@scentence/api/schemas';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { signIn } from 'next-auth/react';
import { type FormEvent, useMemo, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { availabilityStatus } from './availabilityStatus';
import { ruleMessages } from './fieldErrors';
import { checkEmailAvailability, checkNicknameAvailability, type SignUpField, signUpMember } from './signUpActions';
import { TextField } from './TextField';
import { UserModeChoice } from './UserModeChoice';
import { useAvailability } from './useAvailability';

type Field = SignUpField | 'passwordConfirm';
const FIELD_ORDER: readonly Field[] = ['email', 'nickname', 'password', 'passwordConfirm'];

/**
 * Sign-up with the backend's own field rules (in the reader's language) checked as the person
 * types, and the email and nickname checked for availability before anything is submitted.
 */
export function SignUpForm() {
  const { locale, t } = useI18n();
  const text = t.members;
  const router = useRouter();
  const rules = useMemo(() => memberFieldSchemas(locale), [locale]);
  const [values, setValues] = useState({ email: '', nickname: '', password: '', passwordConfirm: '' });
  const [userMode, setUserMode] = useState<UserMode>('beginner');
  const [visited, setVisited] = useState<Partial<Record<Field, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Partial<Record<Field, string>>>({});
  const [formMessage, setFormMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const normalizedEmail = values.email.trim().toLowerCase();
  const ruleErrors: Record<Field, string[]> = {
    // The services check what they are sent; the form sends these trimmed (signUpMember).
    email: ruleMessages(rules.email, values.email.trim()),
    nickname: ruleMessages(rules.nickname, values.nickname.trim()),
    password: ruleMessages(rules.password, values.password),
    passwordConfirm: !values.passwordConfirm
      ? [text.checks.confirmRequired]
      : values.passwordConfirm !== values.password
        ? [text.checks.passwordMismatch]
        : [],
  };
  const emailAvailability = useAvailability(normalizedEmail, ruleErrors.email.length === 0, checkEmailAvailability);
  const nicknameAvailability = useAvailability(
    values.nickname.trim(),
    ruleErrors.nickname.length === 0,
    checkNicknameAvailability,
  );

  // Rules show as soon as typing starts; the email's once the field is left (half an address is not wrong yet).
  const shows = (field: Field) => submitted || visited[field] || (field !== 'email' && values[field] !== '');
  function statusOf(field: Field) {
    const server = serverErrors[field];
    if (server) return { errors: [server] };
    if (shows(field) && ruleErrors[field].length > 0) return { errors: ruleErrors[field] };
    if (field === 'email')
      return availabilityStatus(emailAvailability, text.checks.emailAvailable, text.checks.checking);
    if (field === 'nickname') {
      return availabilityStatus(nicknameAvailability, text.checks.nicknameAvailable, text.checks.checking);
    }
    if (field === 'password' && values.password) return { success: text.checks.passwordOk };
    return {};
  }

  function update(field: Field, value: string) {
    setValues((previous) => ({ ...previous, [field]: value }));
    setServerErrors((previous) => ({ ...previous, [field]: undefined }));
    setFormMessage(null);
  }

  function focusFirst(invalid: readonly Field[]) {
    const first = FIELD_ORDER.find((field) => invalid.includes(field));
    if (first) document.getElementById(`signup-${first}`)?.focus();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    const invalid = FIELD_ORDER.filter((field) => ruleErrors[field].length > 0);
    if (emailAvailability.status === 'taken') invalid.push('email');
    if (nicknameAvailability.status === 'taken') invalid.push('nickname');
    if (invalid.length > 0) {
      setFormMessage(text.signUp.fixFields);
      focusFirst(invalid);
      return;
    }
    setPending(true);
    const outcome = await signUpMember({ ...values, userMode });
    if (!outcome.ok) {
      setPending(false);
      setServerErrors(outcome.fieldErrors);
      setFormMessage(outcome.message ?? text.signUp.fixFields);
      focusFirst(
        Object.keys(outcome.fieldErrors).filter((field): field is Field => FIELD_ORDER.some((f) => f === field)),
      );
      return;
    }
    const signedIn = await signIn('credentials', { email: values.email, password: values.password, redirect: false });
    router.push(signedIn?.ok && !signedIn.error ? '/me?welcome=1' : '/login');
    router.refresh();
  }

  return (
    <form className="member-form" onSubmit={submit} noValidate data-testid="signup-form">
      <TextField
        id="signup-email"
        label={text.fields.email}
        type="email"
        autoComplete="email"
        value={values.email}
        onChange={(event) => update('email', event.target.value)}
        onBlur={() => setVisited((previous) => ({ ...previous, email: true }))}
        {...statusOf('email')}
      />
      <TextField
        id="signup-nickname"
        label={text.fields.nickname}
        hint={text.hints.nickname}
        autoComplete="nickname"
        maxLength={NICKNAME_MAX_LENGTH}
        value={values.nickname}
        onChange={(event) => update('nickname', event.target.value)}
        {...statusOf('nickname')}
      />
      <TextField
        id="signup-password"
        label={text.fields.password}
        hint={text.hints.password}
        type="password"
        autoComplete="new-password"
        value={values.password}
        onChange={(event) => update('password', event.target.value)}
        {...statusOf('password')}
      />
      <TextField
        id="signup-passwordConfirm"
        label={text.fields.passwordConfirm}
        type="password"
        autoComplete="new-password"
        value={values.passwordConfirm}
        onChange={(event) => update('passwordConfirm', event.target.value)}
        {...statusOf('passwordConfirm')}
      />
      <UserModeChoice name="userMode" value={userMode} onChange={setUserMode} />
      {formMessage && (
        <p className="member-form__message" role="alert">
          {formMessage}
        </p>
      )}
      <button type="submit" className="button member-form__submit" disabled={pending} data-testid="signup-submit">
        {pending ? text.signUp.submitting : text.signUp.submit}
      </button>
      <p className="member-form__switch">
        {text.signUp.haveAccount} <Link href="/login">{text.signUp.login}</Link>
      </p>
    </form>
  );
}
