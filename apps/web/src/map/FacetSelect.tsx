'use client';

import type { Label } from '@scentence/api/vocabulary';
import { useI18n } from '../i18n/I18nProvider';
import { labelIn } from '../i18n/locale';

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
export function FacetSelect<K extends string>({
  id,
  label,
  labels,
  counts,
  value,
  onChange,
  testId,
}: FacetSelectProps<K>) {
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
