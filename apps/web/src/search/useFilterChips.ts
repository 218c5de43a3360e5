'use client';

import { GENDERS, type Label, OCCASIONS, SEASONS } from '@scentence/api/vocabulary';
import { accordOf } from '../components/AccordBars';
import { useI18n } from '../i18n/I18nProvider';
import type { Dictionary } from '../i18n/ko';
import { labelIn } from '../i18n/locale';
import type { FilterChip } from './FilterChipRow';
import { removeNote, type SearchFilters, toggleAccord } from './searchFilters';
import { useBrandLabel, useNoteLabels } from './useCatalogLabels';

function labelOf<K extends string>(options: readonly Label<K>[], key: K): Label<K> | undefined {
  return options.find((option) => option.key === key);
}

function yearRangeLabel(text: Dictionary['filterChips'], from: number | null, to: number | null): string | null {
  if (from !== null && to !== null) return text.yearRange(from, to);
  if (from !== null) return text.yearFrom(from);
  if (to !== null) return text.yearTo(to);
  return null;
}

/** A chip for every active filter (besides the text and the order), each taking its filter off. */
export function useFilterChips(filters: SearchFilters, onChange: (next: SearchFilters) => void): FilterChip[] {
  const { locale, t } = useI18n();
  const noteLabels = useNoteLabels([...filters.notes, ...filters.excludeNotes]);
  const brandLabel = useBrandLabel(filters.brand);
  const chips: FilterChip[] = [];

  if (filters.brand) {
    chips.push({
      key: 'brand',
      label: brandLabel ?? filters.brand,
      onRemove: () => onChange({ ...filters, brand: null }),
    });
  }
  for (const key of filters.accords) {
    const accord = accordOf(key);
    chips.push({
      key: `accord:${key}`,
      label: accord ? labelIn(locale, accord) : key,
      colour: accord?.color,
      onRemove: () => onChange(toggleAccord(filters, key)),
    });
  }
  for (const slug of filters.notes) {
    chips.push({
      key: `note:${slug}`,
      label: noteLabels.get(slug) ?? slug,
      onRemove: () => onChange(removeNote(filters, 'notes', slug)),
    });
  }
  for (const slug of filters.excludeNotes) {
    chips.push({
      key: `without:${slug}`,
      label: t.filterChips.exclude(noteLabels.get(slug) ?? slug),
      onRemove: () => onChange(removeNote(filters, 'excludeNotes', slug)),
    });
  }
  const single = [
    { name: 'gender', label: filters.gender && labelOf(GENDERS, filters.gender) },
    { name: 'season', label: filters.season && labelOf(SEASONS, filters.season) },
    { name: 'occasion', label: filters.occasion && labelOf(OCCASIONS, filters.occasion) },
  ] as const;
  for (const { name, label } of single) {
    if (label)
      chips.push({ key: name, label: labelIn(locale, label), onRemove: () => onChange({ ...filters, [name]: null }) });
  }
  const years = yearRangeLabel(t.filterChips, filters.yearFrom, filters.yearTo);
  if (years)
    chips.push({ key: 'year', label: years, onRemove: () => onChange({ ...filters, yearFrom: null, yearTo: null }) });
  return chips;
}
