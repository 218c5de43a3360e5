'use client';

import Link from 'next/link';
import { useI18n } from '../i18n/I18nProvider';
import { FormErrorLine } from './FormErrorLine';
import { useProviderSignIn } from './useProviderSignIn';

/** Cancels the withdrawal (the proof is in the cookie the login left) and signs in. */
export function RecoverForm() {
  const { t } = useI18n();
  const text = t.members.recover;
  const recover = useProviderSignIn('recovery', '/me');
  return (
    <div className="member-form__fields">
      <FormErrorLine error={recover.error} />
      <button
        type="button"
        className="button member-form__submit"
        disabled={recover.pending}
        onClick={() => void recover.run()}
        data-testid="recover-submit"
      >
        {recover.pending ? text.submitting : text.submit}
      </button>
      <Link href="/" className="button button--quiet member-form__submit">
        {text.cancel}
      </Link>
    </div>
  );
}
