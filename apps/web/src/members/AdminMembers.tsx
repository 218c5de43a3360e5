'use client';

import { type AdminMember, MEMBER_STATUS_LABELS, memberStatusSchema } from '@scentence/api/schemas';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { LabelledSearchInput } from '../components/LabelledSearchInput';
import { useI18n } from '../i18n/I18nProvider';
import { labelIn } from '../i18n/locale';
import { type BackendOutputs, trpc } from '../trpc/client';
import { AdminMemberRow } from './AdminMemberRow';
import { ADMIN_MEMBERS_PAGE_SIZE, type AdminMemberSearch, useAdminMemberSearch } from './useAdminMemberSearch';
import { useFailureText } from './useFailureText';

type AdminMemberPage = BackendOutputs['admin']['members']['list'];

/** The member list: search by email or nickname, filter by status, page through, change a status. */
export function AdminMembers({ selfId }: { selfId: string }) {
  const { locale, t } = useI18n();
  const text = t.members.admin;
  const failureText = useFailureText();
  const search = useAdminMemberSearch();
  const [announcement, setAnnouncement] = useState<string | null>(null);

  const list = trpc.admin.members.list.useQuery(search.request, { placeholderData: keepPreviousData, staleTime: 0 });

  const onChanged = (member: AdminMember) => {
    const label = MEMBER_STATUS_LABELS.find((entry) => entry.key === member.status);
    setAnnouncement(
      text.changed(member.nickname ?? member.email ?? member.id, label ? labelIn(locale, label) : member.status),
    );
  };

  const page = list.data;
  return (
    <div className="admin-members">
      <AdminMemberFilters search={search} />

      <p className="admin-members__announcement" role="status" data-testid="admin-announcement">
        {announcement}
      </p>

      {list.error ? (
        <p className="notice notice--error" role="alert">
          {failureText(list.error, []).message}
        </p>
      ) : !page ? (
        <p className="member-page__loading">{text.loading}</p>
      ) : page.items.length === 0 ? (
        <p className="notice">{text.empty}</p>
      ) : (
        <>
          <AdminMemberTable
            page={page}
            cursor={search.cursor}
            stale={list.isPlaceholderData}
            selfId={selfId}
            onChanged={onChanged}
          />
          <AdminMemberPager cursor={search.cursor} nextCursor={page.nextCursor} onCursor={search.setCursor} />
        </>
      )}
    </div>
  );
}

/** Search by email or nickname, and a status to filter by. */
function AdminMemberFilters({ search }: { search: AdminMemberSearch }) {
  const { locale, t } = useI18n();
  const text = t.members.admin;

  function chooseStatus(value: string) {
    const parsed = memberStatusSchema.safeParse(value);
    search.setStatus(parsed.success ? parsed.data : '');
  }

  return (
    <search className="admin-members__filters">
      <LabelledSearchInput
        block="member-field"
        label={text.search}
        placeholder={text.searchPlaceholder}
        value={search.query}
        onText={search.setQuery}
        data-testid="admin-search"
      />
      <label className="member-field">
        <span className="member-field__label">{text.status}</span>
        <select
          className="member-field__input"
          value={search.status}
          onChange={(event) => chooseStatus(event.target.value)}
          data-testid="admin-status-filter"
        >
          <option value="">{text.allStatuses}</option>
          {MEMBER_STATUS_LABELS.map((label) => (
            <option key={label.key} value={label.key}>
              {labelIn(locale, label)}
            </option>
          ))}
        </select>
      </label>
    </search>
  );
}

interface AdminMemberTableProps {
  page: AdminMemberPage;
  cursor: number;
  /** The previous page still shows while the next loads. */
  stale: boolean;
  selfId: string;
  onChanged: (member: AdminMember) => void;
}

/** One page of members, each with its status control. */
function AdminMemberTable({ page, cursor, stale, selfId, onChanged }: AdminMemberTableProps) {
  const text = useI18n().t.members.admin;
  return (
    <>
      <p className="admin-members__total">
        {text.total(page.total)} · {text.range(cursor + 1, cursor + page.items.length)}
      </p>
      <div className="admin-table__scroll">
        <table className={`admin-table${stale ? ' admin-table--stale' : ''}`}>
          <thead>
            <tr>
              <th scope="col">{text.columns.member}</th>
              <th scope="col">{text.columns.role}</th>
              <th scope="col">{text.columns.status}</th>
              <th scope="col">{text.columns.joined}</th>
              <th scope="col">{text.columns.lastLogin}</th>
              <th scope="col">{text.columns.change}</th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((member) => (
              <AdminMemberRow key={member.id} member={member} isSelf={member.id === selfId} onChanged={onChanged} />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

interface AdminMemberPagerProps {
  cursor: number;
  nextCursor: number | null;
  onCursor: (cursor: number) => void;
}

/** Previous and next, shown only when there is more than one page. */
function AdminMemberPager({ cursor, nextCursor, onCursor }: AdminMemberPagerProps) {
  const text = useI18n().t.members.admin;
  if (cursor === 0 && nextCursor === null) return null;
  return (
    <nav className="admin-members__pager" aria-label={text.pagination}>
      <button
        type="button"
        className="button button--quiet"
        disabled={cursor === 0}
        onClick={() => onCursor(Math.max(0, cursor - ADMIN_MEMBERS_PAGE_SIZE))}
      >
        {text.previous}
      </button>
      <button
        type="button"
        className="button button--quiet"
        disabled={nextCursor === null}
        onClick={() => nextCursor !== null && onCursor(nextCursor)}
        data-testid="admin-next"
      >
        {text.next}
      </button>
    </nav>
  );
}
