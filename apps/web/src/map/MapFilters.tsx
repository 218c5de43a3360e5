'use client';

import type { MapFilter, MapFilterOptions } from '@scentence/api/schemas';
import { GENDERS, type Label, OCCASIONS, SEASONS } from '@scentence/api/vocabulary';
import { keepPreviousData, skipToken } from '@tanstack/react-query';
import { useId } from 'react';
import { accordOf } from '../components/AccordBars';
import { useI18n } from '../i18n/I18nProvider';
import { labelIn } from '../i18n/locale';
import { scentmapTrpc } from '../trpc/scentmapClient';
import { BrandFilter } from './BrandFilter';
import { chosenFilterCount, filterCountsInput, NO_MAP_FILTER, toggleAccord, withFacet } from './mapFilter';
import { accordColour } from './pointStyle';

interface MapFiltersProps {
  filter: MapFilter;
  onChange: (filter: MapFilter) => void;
  ready: boolean;
}

interface FacetSelectProps<K extends string> {
  id: string;
  label: string;
  labels: readonly Label<K>[];
  counts: readonly { key: K; count: number }[] | undefined;
  value: K | undefined;
  onChange: (value: K | undefined) => void;
  testId: string;
}

/** One facet with a single choice (season, occasion, gender lean), each option with its count. */
function FacetSelect<K extends string>({ id, label, labels, counts, value, onChange, testId }: FacetSelectProps<K>) {
  const { t, locale } = useI18n();
  return (
    <div className="scent-map__field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        data-testid={testId}
        onChange={(event) => onChange(labels.find((entry) => entry.key === event.target.value)?.key)}
      >
        <option value="">{t.search.any}</option>
        {labels.map((entry) => {
          const count = counts?.find((option) => option.key === entry.key)?.count;
          const text = labelIn(locale, entry);
          return (
            <option key={entry.key} value={entry.key}>
              {count === undefined ? text : t.map.filters.optionCount(text, count)}
            </option>
          );
        })}
      </select>
    </div>
  );
}

/**
 * The filter panel: accords, brand, season, occasion, gender lean and release decade. The page
 * filters the points itself; the service counts what each option would leave.
 */
export function MapFilters({ filter, onChange, ready }: MapFiltersProps) {
  const { t, locale } = useI18n();
  const text = t.map.filters;
  const baseId = useId();
  const counts = scentmapTrpc.map.filters.useQuery(ready ? filterCountsInput(filter) : skipToken, {
    placeholderData: keepPreviousData,
  });
  const options: MapFilterOptions | undefined = counts.data;
  const decades = options?.years.decades ?? [];
  const yearSelect = (bound: 'yearFrom' | 'yearTo') => {
    const id = `${baseId}-${bound}`;
    const value = filter[bound];
    const decadeOf = (year: number) => Math.floor(year / 10) * 10;
    return (
      <div className="scent-map__field scent-map__field--half">
        <label htmlFor={id}>{bound === 'yearFrom' ? text.yearFrom : text.yearTo}</label>
        <select
          id={id}
          value={value === undefined ? '' : String(decadeOf(value))}
          data-testid={`map-filter-${bound}`}
          onChange={(event) => {
            const decade = event.target.value === '' ? undefined : Number(event.target.value);
            const year = decade === undefined ? undefined : bound === 'yearFrom' ? decade : decade + 9;
            let next = withFacet(filter, bound, year);
            // A range that runs backwards is turned round rather than refused.
            if (next.yearFrom !== undefined && next.yearTo !== undefined && next.yearFrom > next.yearTo) {
              next = { ...next, yearFrom: decadeOf(next.yearTo), yearTo: decadeOf(next.yearFrom) + 9 };
            }
            onChange(next);
          }}
        >
          <option value="">{t.search.any}</option>
          {decades.map((decade) => (
            <option key={decade.from} value={decade.from}>
              {text.optionCount(text.decade(decade.from), decade.count)}
            </option>
          ))}
        </select>
      </div>
    );
  };

  const chosen = chosenFilterCount(filter);
  return (
    <section className="scent-map__filters" aria-labelledby={`${baseId}-title`} data-testid="map-filters">
      <div className="scent-map__filters-head">
        <h2 id={`${baseId}-title`} className="scent-map__panel-title">
          {text.title}
        </h2>
        {chosen > 0 ? (
          <button
            type="button"
            className="link-button"
            onClick={() => onChange(NO_MAP_FILTER)}
            data-testid="map-filter-clear"
          >
            {t.search.clear}
          </button>
        ) : null}
      </div>
      {options ? (
        <p className="scent-map__matching" data-testid="map-filter-matching" data-count={options.matching}>
          {text.matching(options.matching)}
        </p>
      ) : null}

      <fieldset className="scent-map__fieldset">
        <legend>{t.search.accords}</legend>
        <ul className="scent-map__accords">
          {(options?.accords ?? []).map(({ key, count }) => {
            const accord = accordOf(key);
            const label = accord ? labelIn(locale, accord) : key;
            const checked = filter.accords?.includes(key) ?? false;
            return (
              <li key={key}>
                <label className="scent-map__accord">
                  <input
                    type="checkbox"
                    checked={checked}
                    onChange={() => onChange(toggleAccord(filter, key))}
                    data-testid="map-filter-accord"
                    data-accord={key}
                  />
                  <span
                    className="scent-map__swatch"
                    style={{ backgroundColor: accordColour(key) }}
                    aria-hidden="true"
                  />
                  <span>{label}</span>
                  <span className="scent-map__count">{count.toLocaleString(locale === 'ko' ? 'ko-KR' : 'en-US')}</span>
                </label>
              </li>
            );
          })}
        </ul>
        {(filter.accords?.length ?? 0) > 1 ? (
          <div className="scent-map__accord-mode" role="radiogroup" aria-label={t.search.accordMode}>
            {(['all', 'any'] as const).map((mode) => (
              <label key={mode}>
                <input
                  type="radio"
                  name={`${baseId}-accord-mode`}
                  checked={filter.accordMode === mode}
                  onChange={() => onChange({ ...filter, accordMode: mode })}
                />
                {mode === 'all' ? t.search.accordModeAll : t.search.accordModeAny}
              </label>
            ))}
          </div>
        ) : null}
      </fieldset>

      <BrandFilter
        brands={options?.brands ?? []}
        chosen={filter.brand}
        onChoose={(slug) => onChange(withFacet(filter, 'brand', slug))}
      />
      <FacetSelect
        id={`${baseId}-season`}
        label={t.search.season}
        labels={SEASONS}
        counts={options?.seasons}
        value={filter.season}
        onChange={(season) => onChange(withFacet(filter, 'season', season))}
        testId="map-filter-season"
      />
      <FacetSelect
        id={`${baseId}-occasion`}
        label={t.search.occasion}
        labels={OCCASIONS}
        counts={options?.occasions}
        value={filter.occasion}
        onChange={(occasion) => onChange(withFacet(filter, 'occasion', occasion))}
        testId="map-filter-occasion"
      />
      <FacetSelect
        id={`${baseId}-gender`}
        label={t.search.gender}
        labels={GENDERS}
        counts={options?.genders}
        value={filter.gender}
        onChange={(gender) => onChange(withFacet(filter, 'gender', gender))}
        testId="map-filter-gender"
      />
      <fieldset className="scent-map__fieldset scent-map__years">
        <legend>{t.search.year}</legend>
        {yearSelect('yearFrom')}
        {yearSelect('yearTo')}
      </fieldset>
    </section>
  );
}
