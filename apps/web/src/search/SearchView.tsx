'use client';

import { useSearchParams } from 'next/navigation';
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { FilterChipRow } from './FilterChipRow';
import { FilterPanel } from './FilterPanel';
import { FilterSheet } from './FilterSheet';
import { SearchAutocomplete } from './SearchAutocomplete';
import { SearchResults } from './SearchResults';
import { clearFilters, filtersFromParams, type SearchFilters, searchHref, withText } from './searchFilters';
import { TYPING_PAUSE_MS } from './useDebouncedValue';
import { useFilterChips } from './useFilterChips';
import { useNarrowScreen } from './useNarrowScreen';
import { useUnderstoodChips } from './useUnderstoodChips';

/** The URL is the state: every change writes the query string, and the results follow it. */
function writeUrl(filters: SearchFilters, mode: 'push' | 'replace'): void {
  const url = searchHref(filters);
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}

export function SearchView() {
  const { t } = useI18n();
  const searchParams = useSearchParams();
  const filters = useMemo(() => filtersFromParams(searchParams), [searchParams]);
  const [draft, setDraft] = useState(filters.q);
  const lastWrittenQ = useRef(filters.q);

  // Back/forward or a shared link changed q: show it in the box (but never undo the reader's typing).
  useEffect(() => {
    if (filters.q !== lastWrittenQ.current) {
      lastWrittenQ.current = filters.q;
      setDraft(filters.q);
    }
  }, [filters.q]);

  // While the reader types, search once they pause. A timer rather than useDebouncedValue: when
  // the URL changes under the box (a "did you mean" link), the pending write must be cancelled in
  // the same render, before the box catches up with the URL, or it would write the old text back.
  useEffect(() => {
    const q = draft.trim();
    if (q === filters.q) return;
    const timer = setTimeout(() => {
      lastWrittenQ.current = q;
      writeUrl(withText(filters, q), 'replace');
    }, TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [draft, filters]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const q = draft.trim();
    lastWrittenQ.current = q;
    writeUrl(withText(filters, q), 'replace');
  }

  function changeFilters(next: SearchFilters) {
    const q = draft.trim();
    lastWrittenQ.current = q;
    writeUrl(withText(next, q), 'push');
  }

  const narrow = useNarrowScreen();
  const understood = useUnderstoodChips(filters, changeFilters);
  const chips = [...useFilterChips(filters, changeFilters), ...understood.chips];
  // "Clear all" takes every chip off: the chosen filters, and what was understood in the text.
  const clearAll = () => changeFilters({ ...clearFilters(filters), ignore: [...filters.ignore, ...understood.ids] });

  return (
    <div className="search-page">
      <search>
        <form className="search-box search-box--wide" onSubmit={submit}>
          <SearchAutocomplete value={draft} onValueChange={setDraft} inputId="search-q" testId="search-input" />
          <button type="submit" className="button search-box__submit">
            {t.searchBox.submit}
          </button>
        </form>
      </search>

      <div className="search-layout">
        {narrow ? null : <FilterPanel filters={filters} onChange={changeFilters} />}
        <div className="search-main">
          <div className="search-toolbar">
            {narrow ? <FilterSheet filters={filters} onApply={changeFilters} /> : null}
            <FilterChipRow chips={chips} onClearAll={clearAll} />
          </div>
          <SearchResults filters={filters} onChange={changeFilters} />
        </div>
      </div>
    </div>
  );
}
