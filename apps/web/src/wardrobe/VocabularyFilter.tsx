'use client';

import type { Label } from '@scentence/api/vocabulary';
import { useI18n } from '../i18n/I18nProvider';
import { labelIn } from '../i18n/locale';
import { ToolbarSelect } from './ToolbarSelect';

interface VocabularyFilterProps<K extends string> {
  label: string;
  vocabulary: readonly Label<K>[];
  /** The chosen key, or "" for no filter. */
  value: K | '';
  testId: string;
  onChange: (value: K | '') => void;
}

/** A toolbar filter over one vocabulary (accords, seasons): any entry in the reader's language, or all. */
export function VocabularyFilter<K extends string>({
  label,
  vocabulary,
  value,
  testId,
  onChange,
}: VocabularyFilterProps<K>) {
  const { locale, t } = useI18n();
  return (
    <ToolbarSelect
      label={label}
      value={value}
      testId={testId}
      allLabel={t.wardrobe.toolbar.all}
      options={vocabulary.map((entry) => ({ value: entry.key, label: labelIn(locale, entry) }))}
      onChange={(picked) => onChange(vocabulary.find(({ key }) => key === picked)?.key ?? '')}
    />
  );
}
