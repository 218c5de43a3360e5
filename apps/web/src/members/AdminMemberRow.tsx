'use client';

import { type AdminMember, MEMBER_STATUS_LABELS } from '@scentence/api/schemas';
import { useI18n } from '../i18n/I18nProvider';
import { labelIn } from '../i18n/locale';
import { AdminStatusChange } from './AdminStatusChange';
import { formatDate } from './formatDate';

interface AdminMemberRowProps {
  member: AdminMember;
  isSelf: boolean;
  onChanged: (member: AdminMember) => void;
}

/** One member: who they are, their role and status, when they joined and last signed in. */
export function AdminMemberRow({ member, isSelf, onChanged }: AdminMemberRowProps) {
  const { locale, t } = useI18n();
  const text = t.members.admin;
  const statusLabel = MEMBER_STATUS_LABELS.find((label) => label.key === member.status);
  const frozen = isSelf || member.status === 'withdrawn';
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
      <AdminStatusChange member={member} name={name} frozen={frozen} onChanged={onChanged} />
    </tr>
  );
}
