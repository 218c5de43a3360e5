'use client';

import {
  type AdminMember,
  MEMBER_STATUS_LABELS,
  type MemberStatus,
  memberStatusSchema,
  PAGE_LIMIT_DEFAULT,
} from '@scentence/api/schemas';
import { keepPreviousData } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { labelIn } from '../i18n/locale';
import { trpc } from '../trpc/client';
import { AdminMemberRow } from './AdminMemberRow';
import { useFailureText } from './useFailureText';

const PAGE_SIZE = PAGE_LIMIT_DEFAULT;
const SEARCH_DEBOUNCE_MS = 300;

/** The member list: search by email or nickname, filter by status, page through, change a status. */
export function AdminMembers({ selfId }: { selfId: string }) {
  const { locale, t } = useI18n();
  const text = t.members.admin;
  const failureText = useFailureText();
  const [query, setQuery] = useState('');
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<MemberStatus | ''>('');
  const [cursor, setCursor] = useState(0);
  const [announcement, setAnnouncement] = useState<string | null>(null);

  useEffect(() => {
    const timer = setTimeout(() => {
      setQ(query.trim());
      setCursor(0);
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query]);

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
      <search className="admin-members__filters">
        <label className="member-field">
          <span className="member-field__label">{text.search}</span>
          <input
            type="search"
            className="member-field__input"
            placeholder={text.searchPlaceholder}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
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
              setStatus(parsed.success ? parsed.data : '');
              setCursor(0);
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
          <p className="admin-members__total">
            {text.total(page.total)} · {text.range(cursor + 1, cursor + page.items.length)}
          </p>
          <div className="admin-table__scroll">
            <table className={`admin-table${list.isPlaceholderData ? ' admin-table--stale' : ''}`}>
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
          {(cursor > 0 || page.nextCursor !== null) && (
            <nav className="admin-members__pager" aria-label={text.pagination}>
              <button
                type="button"
                className="button button--quiet"
                disabled={cursor === 0}
                onClick={() => setCursor(Math.max(0, cursor - PAGE_SIZE))}
              >
                {text.previous}
              </button>
              <button
                type="button"
                className="button button--quiet"
                disabled={page.nextCursor === null}
                onClick={() => page.nextCursor !== null && setCursor(page.nextCursor)}
                data-testid="admin-next"
              >
                {text.next}
              </button>
            </nav>
          )}
        </>
      )}
    </div>
  );
}
