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
        <YearBound id="filter-year-from" label={t.search.yearFrom} placeholder="1990" value={from} onChange={setFrom} />
        <span className="year-range__dash" aria-hidden="true">
          –
        </span>
        <YearBound id="filter-year-to" label={t.search.yearTo} placeholder="2025" value={to} onChange={setTo} />
      </div>
    </fieldset>
  );
}

interface YearBoundProps {
  /** Also the box's test id. */
  id: string;
  label: string;
  placeholder: string;
  value: string;
  onChange: (draft: string) => void;
}

/** One four-digit year box, its label read only by screen readers; anything but digits is dropped as typed. */
function YearBound({ id, label, placeholder, value, onChange }: YearBoundProps) {
  return (
    <>
      <label className="visually-hidden" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="picker__input year-range__input"
        inputMode="numeric"
        pattern="[0-9]{4}"
        maxLength={4}
        placeholder={placeholder}
        value={value}
        onChange={(event) => onChange(event.target.value.replace(/\D/g, ''))}
        data-testid={id}
      />
    </>
  );
}
