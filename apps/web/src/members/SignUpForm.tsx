'use client';

import { NICKNAME_MAX_LENGTH, type UserMode } from '@scentence/api/schemas';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { signIn } from 'next-auth/react';
import { type FormEvent, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { availabilityStatus } from './availabilityStatus';
import { signUpMember } from './signUpActions';
import { type FieldStatus, TextField } from './TextField';
import { UserModeChoice } from './UserModeChoice';
import { useMemberForm } from './useMemberForm';
import { type SignUpFormField, type SignUpValues, useSignUpChecks } from './useSignUpChecks';

const FIELD_ORDER: readonly SignUpFormField[] = ['email', 'nickname', 'password', 'passwordConfirm'];

function focusFirst(invalid: readonly SignUpFormField[]) {
  const first = FIELD_ORDER.find((field) => invalid.includes(field));
  if (first) document.getElementById(`signup-${first}`)?.focus();
}

/**
 * Sign-up with the backend's own field rules (in the reader's language) checked as the person
 * types, and the email and nickname checked for availability before anything is submitted.
 */
export function SignUpForm() {
  const text = useI18n().t.members;
  const form = useMemberForm<SignUpValues>({ email: '', nickname: '', password: '', passwordConfirm: '' });
  const { values } = form;
  const [userMode, setUserMode] = useState<UserMode>('beginner');
  const [visited, setVisited] = useState<Partial<Record<SignUpFormField, boolean>>>({});
  const checks = useSignUpChecks(values);
  const statusOf = useSignUpFieldStatus(form, checks, visited);
  const { submit, pending } = useSignUpSubmit(form, checks, userMode);

  return (
    <form className="member-form" onSubmit={submit} noValidate data-testid="signup-form">
      <TextField
        id="signup-email"
        label={text.fields.email}
        type="email"
        autoComplete="email"
        {...form.bind('email')}
        onBlur={() => setVisited((previous) => ({ ...previous, email: true }))}
        {...statusOf('email')}
      />
      <TextField
        id="signup-nickname"
        label={text.fields.nickname}
        hint={text.hints.nickname}
        autoComplete="nickname"
        maxLength={NICKNAME_MAX_LENGTH}
        {...form.bind('nickname')}
        {...statusOf('nickname')}
      />
      <TextField
        id="signup-password"
        label={text.fields.password}
        hint={text.hints.password}
        type="password"
        autoComplete="new-password"
        {...form.bind('password')}
        {...statusOf('password')}
      />
      <TextField
        id="signup-passwordConfirm"
        label={text.fields.passwordConfirm}
        type="password"
        autoComplete="new-password"
        {...form.bind('passwordConfirm')}
        {...statusOf('passwordConfirm')}
      />
      <UserModeChoice name="userMode" value={userMode} onChange={setUserMode} />
      {form.notice && (
        <p className="member-form__message" role="alert">
          {form.notice.text}
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

type SignUpFormState = ReturnType<typeof useMemberForm<SignUpValues>>;
type SignUpChecks = ReturnType<typeof useSignUpChecks>;

/** What shows under each field: the backend's word, then broken rules, then availability or success. */
function useSignUpFieldStatus(
  form: SignUpFormState,
  { ruleErrors, emailAvailability, nicknameAvailability }: SignUpChecks,
  visited: Partial<Record<SignUpFormField, boolean>>,
) {
  const text = useI18n().t.members;
  const { values, submitted, serverErrors } = form;
  // Rules show as soon as typing starts; the email's once the field is left (half an address is not wrong yet).
  const shows = (field: SignUpFormField) => submitted || visited[field] || (field !== 'email' && values[field] !== '');
  return function statusOf(field: SignUpFormField): FieldStatus {
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
  };
}

/** Checks everything once more, signs the member up, then signs them in and opens their page. */
function useSignUpSubmit(form: SignUpFormState, checks: SignUpChecks, userMode: UserMode) {
  const text = useI18n().t.members;
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const { values } = form;

  function fail(message: string, invalid: readonly SignUpFormField[]) {
    form.setNotice({ tone: 'error', text: message });
    focusFirst(invalid);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    form.setSubmitted(true);
    const invalid = FIELD_ORDER.filter((field) => checks.ruleErrors[field].length > 0);
    if (checks.emailAvailability.status === 'taken') invalid.push('email');
    if (checks.nicknameAvailability.status === 'taken') invalid.push('nickname');
    if (invalid.length > 0) {
      fail(text.signUp.fixFields, invalid);
      return;
    }
    setPending(true);
    const outcome = await signUpMember({ ...values, userMode });
    if (!outcome.ok) {
      setPending(false);
      form.setServerErrors(outcome.fieldErrors);
      fail(
        outcome.message ?? text.signUp.fixFields,
        Object.keys(outcome.fieldErrors).filter((field): field is SignUpFormField =>
          FIELD_ORDER.some((f) => f === field),
        ),
      );
      return;
    }
    const signedIn = await signIn('credentials', { email: values.email, password: values.password, redirect: false });
    router.push(signedIn?.ok && !signedIn.error ? '/me?welcome=1' : '/login');
    router.refresh();
  }

  return { submit, pending };
}
