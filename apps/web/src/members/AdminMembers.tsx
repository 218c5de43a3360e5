'use client';

import {
  type AdminMember,
  MEMBER_STATUS_LABELS,
  type MemberStatus,
  memberStatusSchema,
  PAGE_LIMIT_DEFAULT,
} from '@scentence/api/schemas';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { labelIn } from '../i18n/locale';
import { TYPING_PAUSE_MS, useDebouncedValue } from '../search/useDebouncedValue';
import { type BackendOutputs, trpc } from '../trpc/client';
import { AdminMemberRow } from './AdminMemberRow';
import { useFailureText } from './useFailureText';

const PAGE_SIZE = PAGE_LIMIT_DEFAULT;

type AdminMemberPage = BackendOutputs['admin']['members']['list'];

/** The member list: search by email or nickname, filter by status, page through, change a status. */
export function AdminMembers({ selfId }: { selfId: string }) {
  const { locale, t } = useI18n();
  const text = t.members.admin;
  const failureText = useFailureText();
  const [query, setQuery] = useState('');
  const q = useDebouncedValue(query.trim(), TYPING_PAUSE_MS);
  const [status, setStatus] = useState<MemberStatus | ''>('');
  // A new search starts from the first page.
  const [paging, setPaging] = useState({ q, cursor: 0 });
  const cursor = paging.q === q ? paging.cursor : 0;
  const setCursor = (next: number) => setPaging({ q, cursor: next });
  const [announcement, setAnnouncement] = useState<string | null>(null);

  const list = trpc.admin.members.list.useQuery(
    { q: q || undefined, status: status || undefined, limit: PAGE_SIZE, cursor },
    { placeholderData: keepPreviousData, staleTime: 0 },
  );

  const onChanged = (member: AdminMember) => {
    const label = MEMBER_STATUS_LABELS.find((entry) => entry.key === member.status);
    setAnnouncement(
      text.changed(member.nickname ?? member.email ?? member.id, label ? labelIn(locale, label) : member.status),
    );
  };

  const page = list.data;
  return (
    <div className="admin-members">
      <AdminMemberFilters
        query={query}
        onQuery={setQuery}
        status={status}
        onStatus={(next) => {
          setStatus(next);
          setCursor(0);
        }}
      />

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
            cursor={cursor}
            stale={list.isPlaceholderData}
            selfId={selfId}
            onChanged={onChanged}
          />
          <AdminMemberPager cursor={cursor} nextCursor={page.nextCursor} onCursor={setCursor} />
        </>
      )}
    </div>
  );
}

interface AdminMemberFiltersProps {
  query: string;
  onQuery: (query: string) => void;
  status: MemberStatus | '';
  onStatus: (status: MemberStatus | '') => void;
}

/** Search by email or nickname, and a status to filter by. */
function AdminMemberFilters({ query, onQuery, status, onStatus }: AdminMemberFiltersProps) {
  const { locale, t } = useI18n();
  const text = t.members.admin;
  return (
    <search className="admin-members__filters">
      <label className="member-field">
        <span className="member-field__label">{text.search}</span>
        <input
          type="search"
          className="member-field__input"
          placeholder={text.searchPlaceholder}
          value={query}
          onChange={(event) => onQuery(event.target.value)}
          data-testid="admin-search"
        />
      </label>
      <label className="member-field">
        <span className="member-field__label">{text.status}</span>
        <select
          className="member-field__input"
          value={status}
          onChange={(event) => {
            const parsed = memberStatusSchema.safeParse(event.target.value);
            onStatus(parsed.success ? parsed.data : '');
          }}
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
        onClick={() => onCursor(Math.max(0, cursor - PAGE_SIZE))}
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
