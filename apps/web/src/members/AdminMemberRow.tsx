'use client';

import { type AdminMember, MEMBER_STATUS_LABELS, type MemberStatus, memberStatusSchema } from '@scentence/api/schemas';
import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { labelIn } from '../i18n/locale';
import { trpc } from '../trpc/client';
import { formatDate } from './formatDate';
import { useFailureText } from './useFailureText';

interface AdminMemberRowProps {
  member: AdminMember;
  isSelf: boolean;
  onChanged: (member: AdminMember) => void;
}

/** One member; "withdrawn" purges at once, so it asks a second time. */
export function AdminMemberRow({ member, isSelf, onChanged }: AdminMemberRowProps) {
  const { locale, t } = useI18n();
  const text = t.members.admin;
  const failureText = useFailureText();
  const utils = trpc.useUtils();
  const setStatus = trpc.admin.members.setStatus.useMutation();
  const [choice, setChoice] = useState<MemberStatus>(member.status);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const statusLabel = MEMBER_STATUS_LABELS.find((label) => label.key === member.status);
  const frozen = isSelf || member.status === 'withdrawn';

  async function apply() {
    if (choice === 'withdrawn' && !confirming) {
      setConfirming(true);
      return;
    }
    setError(null);
    try {
      const changed = await setStatus.mutateAsync({ id: member.id, status: choice });
      setConfirming(false);
      onChanged(changed);
      await utils.admin.members.list.invalidate();
    } catch (failure) {
      setError(failureText(failure, []).message);
    }
  }

  const name = member.nickname ?? text.noNickname;
  return (
    <tr data-testid="admin-member-row" data-email={member.email ?? ''}>
      <td>
        <span className="admin-table__name">
          {name}
          {isSelf && <span className="member-badge member-badge--plain">{text.you}</span>}
        </span>
        <span className="admin-table__email">{member.email ?? text.noEmail}</span>
      </td>
      <td>{text.roles[member.role]}</td>
      <td>
        <span className={`status-pill status-pill--${member.status}`} data-testid="admin-member-status">
          {statusLabel ? labelIn(locale, statusLabel) : member.status}
        </span>
      </td>
      <td>{formatDate(member.createdAt, locale)}</td>
      <td>{member.lastLoginAt ? formatDate(member.lastLoginAt, locale) : text.never}</td>
      <td>
        <div className="admin-table__change">
          <select
            className="member-field__input admin-table__select"
            aria-label={`${text.columns.change}: ${name}`}
            value={choice}
            disabled={frozen}
            onChange={(event) => {
              const parsed = memberStatusSchema.safeParse(event.target.value);
              if (parsed.success) setChoice(parsed.data);
              setConfirming(false);
            }}
            data-testid="admin-status-select"
          >
            {MEMBER_STATUS_LABELS.map((label) => (
              <option key={label.key} value={label.key}>
                {labelIn(locale, label)}
              </option>
            ))}
          </select>
          <button
            type="button"
            className={confirming ? 'button button--danger' : 'button button--quiet'}
            disabled={frozen || choice === member.status || setStatus.isPending}
            onClick={apply}
            data-testid="admin-status-apply"
          >
            {setStatus.isPending ? text.applying : confirming ? text.confirmApply : text.apply}
          </button>
        </div>
        {confirming && <p className="admin-table__warning">{text.confirmWithdrawn}</p>}
        {error && (
          <p className="admin-table__warning" role="alert">
            {error}
          </p>
        )}
      </td>
    </tr>
  );
}
