'use client';

import { NICKNAME_MAX_LENGTH, type UserMode } from '@scentence/api/schemas';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { signIn } from 'next-auth/react';
import { type FormEvent, type InputHTMLAttributes, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { availabilityStatus } from './availabilityStatus';
import { FormErrorLine } from './FormErrorLine';
import { SubmitButton } from './SubmitButton';
import { signUpMember } from './signUpActions';
import { type FieldStatus, TextField } from './TextField';
import { UserModeChoice } from './UserModeChoice';
import { useMemberForm } from './useMemberForm';
import { type SignUpFormField, type SignUpValues, useSignUpChecks } from './useSignUpChecks';

interface SignUpFieldBox {
  field: SignUpFormField;
  /** Its line of rules under the box, if it has one. */
  hint?: 'nickname' | 'password';
  input: Pick<InputHTMLAttributes<HTMLInputElement>, 'type' | 'autoComplete' | 'maxLength'>;
}

/** The boxes in page order (the first wrong one takes the focus); each is `signup-<field>`. */
const SIGN_UP_FIELDS: readonly SignUpFieldBox[] = [
  { field: 'email', input: { type: 'email', autoComplete: 'email' } },
  { field: 'nickname', hint: 'nickname', input: { autoComplete: 'nickname', maxLength: NICKNAME_MAX_LENGTH } },
  { field: 'password', hint: 'password', input: { type: 'password', autoComplete: 'new-password' } },
  { field: 'passwordConfirm', input: { type: 'password', autoComplete: 'new-password' } },
];
const FIELD_ORDER = SIGN_UP_FIELDS.map(({ field }) => field);

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
      {SIGN_UP_FIELDS.map(({ field, hint, input }) => (
        <TextField
          key={field}
          id={`signup-${field}`}
          label={text.fields[field]}
          hint={hint && text.hints[hint]}
          {...input}
          {...form.bind(field)}
          onBlur={field === 'email' ? () => setVisited((previous) => ({ ...previous, email: true })) : undefined}
          {...statusOf(field)}
        />
      ))}
      <UserModeChoice name="userMode" value={userMode} onChange={setUserMode} />
      <FormErrorLine error={form.notice?.text} />
      <SubmitButton
        pending={pending}
        label={text.signUp.submit}
        pendingLabel={text.signUp.submitting}
        testId="signup-submit"
      />
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
