import type { WARDROBE_SORTS, WardrobeEntry, WardrobeListInput, WardrobeState } from '@scentence/api/schemas';
import type { AccordKey, SeasonKey } from '@scentence/api/vocabulary';
import { brandIn } from '../catalog/names';
import type { Locale } from '../i18n/locale';

export type WardrobeSort = (typeof WARDROBE_SORTS)[number];

/** What the collection is narrowed and ordered by; empty means "any". */
export interface CollectionFilters {
  q: string;
  brand: string;
  accord: AccordKey | '';
  season: SeasonKey | '';
  sort: WardrobeSort;
}

export const NO_COLLECTION_FILTERS: CollectionFilters = { q: '', brand: '', accord: '', season: '', sort: 'added' };

export interface BrandOption {
  brand: string;
  label: string;
}

/** Entries per page of the collection. */
export const COLLECTION_PAGE = 24;

/** `wardrobe.list` input for a tab and its filters: unset filters are left out, not sent empty. */
export function collectionInput(state: WardrobeState, filters: CollectionFilters): WardrobeListInput {
  const q = filters.q.trim();
  return {
    state,
    sort: filters.sort,
    limit: COLLECTION_PAGE,
    ...(q ? { q } : {}),
    ...(filters.brand ? { brand: filters.brand } : {}),
    ...(filters.accord ? { accord: filters.accord } : {}),
    ...(filters.season ? { season: filters.season } : {}),
  };
}

/** The brands of the collection, once each, in the reader's alphabet order. */
export function brandOptionsOf(entries: readonly Pick<WardrobeEntry, 'perfume'>[], locale: Locale): BrandOption[] {
  const byBrand = new Map<string, BrandOption>();
  for (const { perfume } of entries) {
    if (!byBrand.has(perfume.brand))
      byBrand.set(perfume.brand, { brand: perfume.brand, label: brandIn(locale, perfume) });
  }
  const collator = new Intl.Collator(locale === 'ko' ? 'ko-KR' : 'en-US');
  return [...byBrand.values()].sort((a, b) => collator.compare(a.label, b.label));
}
