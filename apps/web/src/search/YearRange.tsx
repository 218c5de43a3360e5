'use client';

import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { yearOf } from './searchFilters';
import { TYPING_PAUSE_MS } from './useDebouncedValue';

interface YearRangeProps {
  yearFrom: number | null;
  yearTo: number | null;
  onChange: (yearFrom: number | null, yearTo: number | null) => void;
}

function draftOf(year: number | null): string {
  return year === null ? '' : String(year);
}

/** '' is "no bound", a four-digit year is a bound, anything else is still being typed. */
function boundOf(draft: string): number | null | undefined {
  if (draft.trim() === '') return null;
  return yearOf(draft) ?? undefined;
}

/** Two year boxes; the range applies once both hold a whole year (or nothing) and typing pauses. */
export function YearRange({ yearFrom, yearTo, onChange }: YearRangeProps) {
  const { t } = useI18n();
  const [from, setFrom] = useState(draftOf(yearFrom));
  const [to, setTo] = useState(draftOf(yearTo));

  // The address changed (back, a shared link, "clear"): show it.
  useEffect(() => setFrom(draftOf(yearFrom)), [yearFrom]);
  useEffect(() => setTo(draftOf(yearTo)), [yearTo]);

  useEffect(() => {
    const nextFrom = boundOf(from);
    const nextTo = boundOf(to);
    if (nextFrom === undefined || nextTo === undefined) return;
    if (nextFrom === yearFrom && nextTo === yearTo) return;
    const timer = setTimeout(() => onChange(nextFrom, nextTo), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [from, to, yearFrom, yearTo, onChange]);

  return (
    <fieldset className="filter-group">
      <legend className="filter-group__title">{t.search.year}</legend>
      <div className="year-range">
        <label className="visually-hidden" htmlFor="filter-year-from">
          {t.search.yearFrom}
        </label>
        <input
          id="filter-year-from"
          className="picker__input year-range__input"
          inputMode="numeric"
          pattern="[0-9]{4}"
          maxLength={4}
          placeholder="1990"
          value={from}
          onChange={(event) => setFrom(event.target.value.replace(/\D/g, ''))}
          data-testid="filter-year-from"
        />
        <span className="year-range__dash" aria-hidden="true">
          –
        </span>
        <label className="visually-hidden" htmlFor="filter-year-to">
          {t.search.yearTo}
        </label>
        <input
          id="filter-year-to"
          className="picker__input year-range__input"
          inputMode="numeric"
          pattern="[0-9]{4}"
          maxLength={4}
          placeholder="2025"
          value={to}
          onChange={(event) => setTo(event.target.value.replace(/\D/g, ''))}
          data-testid="filter-year-to"
        />
      </div>
    </fieldset>
  );
}
