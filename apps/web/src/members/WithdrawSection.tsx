'use client';

import { useRouter } from 'next/navigation';
import { signOut } from 'next-auth/react';
import { type FormEvent, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { trpc } from '../trpc/client';
import { FormErrorLine } from './FormErrorLine';
import { MemberCard } from './MemberCard';
import { PasswordField } from './PasswordField';
import { useFailureText } from './useFailureText';

/** Withdrawal after an explicit confirmation (and the password, when the account has one). */
export function WithdrawSection({ hasPassword }: { hasPassword: boolean }) {
  const { t } = useI18n();
  const text = t.members.me;
  const router = useRouter();
  const failureText = useFailureText();
  const withdraw = trpc.member.withdraw.useMutation();
  const [open, setOpen] = useState(false);
  const [confirmed, setConfirmed] = useState(false);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      const result = await withdraw.mutateAsync(hasPassword ? { password } : {});
      await signOut({ redirect: false });
      router.replace(`/login?notice=withdrawn&until=${encodeURIComponent(result.recoverableUntil)}`);
      router.refresh();
    } catch (failure) {
      const described = failureText(failure, ['password']);
      setError(described.fieldErrors.password ?? described.message);
    }
  }

  return (
    <MemberCard titleId="withdraw-title" title={text.withdraw} danger>
      <p className="member-card__body">{text.withdrawBody}</p>
      {!open ? (
        <button type="button" className="button button--danger-quiet" onClick={() => setOpen(true)}>
          {text.withdrawStart}
        </button>
      ) : (
        <form className="member-form__fields" onSubmit={submit} data-testid="withdraw-form">
          <label className="member-check">
            <input type="checkbox" checked={confirmed} onChange={(event) => setConfirmed(event.target.checked)} />
            {text.withdrawConfirm}
          </label>
          {hasPassword && (
            <PasswordField
              id="withdraw-password"
              label={text.withdrawPassword}
              purpose="current"
              required
              value={password}
              onValueChange={setPassword}
            />
          )}
          <FormErrorLine error={error} />
          <div className="member-form__row">
            <button
              type="submit"
              className="button button--danger"
              disabled={!confirmed || (hasPassword && !password) || withdraw.isPending}
            >
              {withdraw.isPending ? text.withdrawing : text.withdrawSubmit}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setOpen(false)}>
              {text.withdrawCancel}
            </button>
          </div>
        </form>
      )}
    </MemberCard>
  );
}
