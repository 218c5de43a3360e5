'use client';

import type { MapFilter, MapFilterOptions } from '@scentence/api/schemas';
import { accordOf } from '../components/AccordBars';
import { useI18n } from '../i18n/I18nProvider';
import { labelIn } from '../i18n/locale';
import { toggleAccord } from './mapFilter';
import { accordColour } from './pointStyle';

interface AccordFilterProps {
  baseId: string;
  filter: MapFilter;
  accords: MapFilterOptions['accords'];
  onChange: (filter: MapFilter) => void;
}

/** The accords as checkboxes with their counts, and with two or more chosen: all of them or any. */
export function AccordFilter({ baseId, filter, accords, onChange }: AccordFilterProps) {
  const { t, locale } = useI18n();
  return (
    <fieldset className="scent-map__fieldset">
      <legend>{t.search.accords}</legend>
      <ul className="scent-map__accords">
        {accords.map(({ key, count }) => {
          const accord = accordOf(key);
          return (
            <li key={key}>
              <label className="scent-map__accord">
                <input
                  type="checkbox"
                  checked={filter.accords?.includes(key) ?? false}
                  onChange={() => onChange(toggleAccord(filter, key))}
                  data-testid="map-filter-accord"
                  data-accord={key}
                />
                <span className="scent-map__swatch" style={{ backgroundColor: accordColour(key) }} aria-hidden="true" />
                <span>{accord ? labelIn(locale, accord) : key}</span>
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
  );
}
