'use client';

import type { MapFilter, MapFilterOptions } from '@scentence/api/schemas';
import { useI18n } from '../i18n/I18nProvider';
import { chosenDecade, withDecade } from './mapFilter';

type YearBound = 'yearFrom' | 'yearTo';

interface YearFilterProps {
  baseId: string;
  filter: MapFilter;
  decades: MapFilterOptions['years']['decades'];
  onChange: (filter: MapFilter) => void;
}

/** The release decades, from and to, each with how many perfumes it leaves. */
export function YearFilter({ baseId, filter, decades, onChange }: YearFilterProps) {
  const { t } = useI18n();
  const text = t.map.filters;
  const yearSelect = (bound: YearBound) => {
    const id = `${baseId}-${bound}`;
    const decade = chosenDecade(filter, bound);
    return (
      <div className="scent-map__field scent-map__field--half">
        <label htmlFor={id}>{bound === 'yearFrom' ? text.yearFrom : text.yearTo}</label>
        <select
          id={id}
          value={decade === undefined ? '' : String(decade)}
          data-testid={`map-filter-${bound}`}
          onChange={(event) =>
            onChange(withDecade(filter, bound, event.target.value === '' ? undefined : Number(event.target.value)))
          }
        >
          <option value="">{t.search.any}</option>
          {decades.map((entry) => (
            <option key={entry.from} value={entry.from}>
              {text.optionCount(text.decade(entry.from), entry.count)}
            </option>
          ))}
        </select>
      </div>
    );
  };
  return (
    <fieldset className="scent-map__fieldset scent-map__years">
      <legend>{t.search.year}</legend>
      {yearSelect('yearFrom')}
      {yearSelect('yearTo')}
    </fieldset>
  );
}
