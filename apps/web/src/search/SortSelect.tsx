'use client';

import { useI18n } from '../i18n/I18nProvider';
import type { SearchSort } from './searchFilters';

interface SortSelectProps<Sort extends SearchSort> {
  value: Sort;
  onChange: (sort: Sort) => void;
  /** The orders offered, in menu order (a house's list has no relevance). */
  options: readonly Sort[];
  testId: string;
}

/** The "order by" menu of the search results and of a house's perfumes. */
export function SortSelect<Sort extends SearchSort>({ value, onChange, options, testId }: SortSelectProps<Sort>) {
  const { t } = useI18n();
  return (
    <label className="sort-select">
      <span className="sort-select__label">{t.search.sort}</span>
      <select
        className="sort-select__input"
        value={value}
        data-testid={testId}
        onChange={(event) => {
          const chosen = options.find((sort) => sort === event.target.value);
          if (chosen) onChange(chosen);
        }}
      >
        {options.map((sort) => (
          <option key={sort} value={sort}>
            {t.search.sorts[sort]}
          </option>
        ))}
      </select>
    </label>
  );
}
