'use client';

import { type MemberStatus, PAGE_LIMIT_DEFAULT } from '@scentence/api/schemas';
import { useState } from 'react';
import { TYPING_PAUSE_MS, useDebouncedValue } from '../search/useDebouncedValue';
import type { BackendInputs } from '../trpc/client';

/** How many members one page of the admin list holds. */
export const ADMIN_MEMBERS_PAGE_SIZE = PAGE_LIMIT_DEFAULT;

/** What the admin member list is asked for: the search as typed, the status to filter by, and the page. */
export interface AdminMemberSearch {
  query: string;
  setQuery: (query: string) => void;
  status: MemberStatus | '';
  setStatus: (status: MemberStatus | '') => void;
  /** Where the shown page starts in the whole list. */
  cursor: number;
  setCursor: (cursor: number) => void;
  /** The list request, with the search once typing has paused. */
  request: BackendInputs['admin']['members']['list'];
}

/** The admin member list's search, filter and page; a new search or status starts from the first page. */
export function useAdminMemberSearch(): AdminMemberSearch {
  const [query, setQuery] = useState('');
  const q = useDebouncedValue(query.trim(), TYPING_PAUSE_MS);
  const [status, setStatusOnly] = useState<MemberStatus | ''>('');
  // The page is kept with the search it was turned for, so a new search shows its first page.
  const [paging, setPaging] = useState({ q, cursor: 0 });
  const cursor = paging.q === q ? paging.cursor : 0;
  const setCursor = (next: number) => setPaging({ q, cursor: next });

  function setStatus(next: MemberStatus | '') {
    setStatusOnly(next);
    setCursor(0);
  }

  const request = { q: q || undefined, status: status || undefined, limit: ADMIN_MEMBERS_PAGE_SIZE, cursor };
  return { query, setQuery, status, setStatus, cursor, setCursor, request };
}
