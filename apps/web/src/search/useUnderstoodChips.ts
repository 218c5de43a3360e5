'use client';

import { understoodId } from '@scentence/api/schemas';
import type { AccordKey } from '@scentence/api/vocabulary';
import { accordOf } from '../components/AccordBars';
import { useI18n } from '../i18n/I18nProvider';
import { labelIn } from '../i18n/locale';
import type { BackendOutputs } from '../trpc/client';
import type { FilterChip } from './FilterChipRow';
import { ignoreUnderstood, type SearchFilters } from './searchFilters';
import { usePerfumeSearch } from './usePerfumeSearch';

type Understood = BackendOutputs['perfume']['search']['understood'][number];

/**
 * A chip for every word of the text the search understood as a filter ("우디" → Woody, "남자
 * 향수" → Masculine), beside the chosen filters' chips; taking one off searches again without
 * that understanding. `ids` are all of them, for "clear all".
 */
export function useUnderstoodChips(
  filters: SearchFilters,
  onChange: (next: SearchFilters) => void,
): { chips: FilterChip[]; ids: string[] } {
  const { locale, t } = useI18n();
  const search = usePerfumeSearch(filters);
  const understood: Understood[] = search.data?.pages[0]?.understood ?? [];
  const chips = understood.map((filter): FilterChip => {
    const id = understoodId(filter);
    const label = labelIn(locale, filter);
    return {
      key: `understood:${id}`,
      label: filter.negated ? t.filterChips.exclude(label) : label,
      ...(filter.kind === 'accord' && { colour: accordOf(filter.key as AccordKey)?.color }),
      onRemove: () => onChange(ignoreUnderstood(filters, id)),
    };
  });
  return { chips, ids: understood.map(understoodId) };
}
