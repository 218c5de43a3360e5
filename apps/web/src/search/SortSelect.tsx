'use client';

import { SEARCH_SORTS } from '@scentence/api/schemas';
import { useI18n } from '../i18n/I18nProvider';
import type { SearchSort } from './searchFilters';

export function SortSelect({ value, onChange }: { value: SearchSort; onChange: (sort: SearchSort) => void }) {
  const { t } = useI18n();
  return (
    <label className="sort-select">
      <span className="sort-select__label">{t.search.sort}</span>
      <select
        className="sort-select__input"
        value={value}
        data-testid="search-sort"
        onChange={(event) => onChange(SEARCH_SORTS.find((sort) => sort === event.target.value) ?? 'relevance')}
      >
        {SEARCH_SORTS.map((sort) => (
          <option key={sort} value={sort}>
            {t.search.sorts[sort]}
          </option>
        ))}
      </select>
    </label>
  );
}
