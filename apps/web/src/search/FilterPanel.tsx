'use client';

import { ACCORDS, GENDERS, type Label, OCCASIONS, SEASONS } from '@scentence/api/vocabulary';
import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { labelIn } from '../i18n/locale';
import { activeFilterCount, type SearchFilters, toggleAccord } from './searchFilters';

interface FilterPanelProps {
  filters: SearchFilters;
  onChange: (next: SearchFilters) => void;
}

interface SingleChoiceProps<K extends string> {
  name: 'gender' | 'season' | 'occasion';
  title: string;
  options: readonly Label<K>[];
  value: K | null;
  onChange: (value: K | null) => void;
}

function SingleChoice<K extends string>({ name, title, options, value, onChange }: SingleChoiceProps<K>) {
  const { locale, t } = useI18n();
  return (
    <fieldset className="filter-group">
      <legend className="filter-group__title">{title}</legend>
      <div className="chips">
        <button
          type="button"
          className="chip"
          aria-pressed={value === null}
          data-testid={`filter-${name}-any`}
          onClick={() => onChange(null)}
        >
          {t.search.any}
        </button>
        {options.map((option) => (
          <button
            key={option.key}
            type="button"
            className="chip"
            aria-pressed={value === option.key}
            data-testid={`filter-${name}-${option.key}`}
            onClick={() => onChange(value === option.key ? null : option.key)}
          >
            {labelIn(locale, option)}
          </button>
        ))}
      </div>
    </fieldset>
  );
}

export function FilterPanel({ filters, onChange }: FilterPanelProps) {
  const { locale, t } = useI18n();
  // Small screens show the filters folded away under a toggle; wide screens always show them.
  const [open, setOpen] = useState(false);
  const active = activeFilterCount(filters);
  return (
    <aside className={`filter-panel${open ? ' filter-panel--open' : ''}`} aria-label={t.search.filters}>
      <div className="filter-panel__head">
        <h2 className="filter-panel__title">
          <button
            type="button"
            className="filter-panel__toggle"
            aria-expanded={open}
            aria-controls="filter-panel-body"
            onClick={() => setOpen(!open)}
          >
            {t.search.filters}
            {active > 0 ? (
              <>
                <span className="filter-panel__count" aria-hidden="true">
                  {active}
                </span>
                <span className="visually-hidden">{t.search.selectedCount(active)}</span>
              </>
            ) : null}
          </button>
        </h2>
        {active > 0 ? (
          <button
            type="button"
            className="link-button"
            data-testid="filter-clear"
            onClick={() => onChange({ ...filters, accords: [], gender: null, season: null, occasion: null })}
          >
            {t.search.clear}
          </button>
        ) : null}
      </div>

      <div id="filter-panel-body" className="filter-panel__body">
        <fieldset className="filter-group">
          <legend className="filter-group__title">{t.search.accords}</legend>
          <p className="filter-group__hint">{t.search.accordsHint}</p>
          <div className="chips">
            {ACCORDS.map((accord) => (
              <button
                key={accord.key}
                type="button"
                className="chip chip--accord"
                aria-pressed={filters.accords.includes(accord.key)}
                data-testid={`filter-accord-${accord.key}`}
                onClick={() => onChange(toggleAccord(filters, accord.key))}
              >
                <span className="chip__dot" style={{ backgroundColor: accord.color }} aria-hidden="true" />
                {labelIn(locale, accord)}
              </button>
            ))}
          </div>
        </fieldset>

        <SingleChoice
          name="gender"
          title={t.search.gender}
          options={GENDERS}
          value={filters.gender}
          onChange={(gender) => onChange({ ...filters, gender })}
        />
        <SingleChoice
          name="season"
          title={t.search.season}
          options={SEASONS}
          value={filters.season}
          onChange={(season) => onChange({ ...filters, season })}
        />
        <SingleChoice
          name="occasion"
          title={t.search.occasion}
          options={OCCASIONS}
          value={filters.occasion}
          onChange={(occasion) => onChange({ ...filters, occasion })}
        />
      </div>
    </aside>
  );
}
