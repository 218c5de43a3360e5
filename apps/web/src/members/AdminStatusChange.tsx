'use client';

import { type AdminMember, MEMBER_STATUS_LABELS } from '@scentence/api/schemas';
import { useI18n } from '../i18n/I18nProvider';
import { labelIn } from '../i18n/locale';
import { useMemberStatusChange } from './useMemberStatusChange';

interface AdminStatusChangeProps {
  member: AdminMember;
  /** The name the select is labelled with. */
  name: string;
  /** The admin's own row, or a withdrawn member: nothing to change. */
  frozen: boolean;
  onChanged: (member: AdminMember) => void;
}

/** The row's last cell: pick a status, apply it, and confirm a withdrawal. */
export function AdminStatusChange({ member, name, frozen, onChanged }: AdminStatusChangeProps) {
  const { locale, t } = useI18n();
  const text = t.members.admin;
  const { choice, confirming, error, applying, choose, apply } = useMemberStatusChange(member, onChanged);
  return (
    <td>
      <div className="admin-table__change">
        <select
          className="member-field__input admin-table__select"
          aria-label={`${text.columns.change}: ${name}`}
          value={choice}
          disabled={frozen}
          onChange={(event) => choose(event.target.value)}
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
          disabled={frozen || choice === member.status || applying}
          onClick={apply}
          data-testid="admin-status-apply"
        >
          {applying ? text.applying : confirming ? text.confirmApply : text.apply}
        </button>
      </div>
      {confirming && <p className="admin-table__warning">{text.confirmWithdrawn}</p>}
      {error && (
        <p className="admin-table__warning" role="alert">
          {error}
        </p>
      )}
    </td>
  );
}
