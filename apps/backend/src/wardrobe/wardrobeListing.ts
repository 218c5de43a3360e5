import type { WardrobeEntry, WardrobeListQuery } from '@scentence/api/schemas';
import type { PerfumeTasteFacts } from '@scentence/db';
import { brandIdentityKey } from '@scentence/domain/names';
import { compactKey } from '@scentence/domain/text';

/** Brand and perfume names in both scripts and their pairings, folded: what a search within the wardrobe matches. */
function searchKeys(entry: WardrobeEntry): string[] {
  const { brand, brandKo, name, nameKo } = entry.perfume;
  const brands = [brand, brandKo].filter((text) => text !== null);
  const names = [name, nameKo].filter((text) => text !== null);
  return [...brands, ...names, ...brands.flatMap((b) => names.map((n) => `${b} ${n}`))].map(compactKey);
}

function matchesText(entry: WardrobeEntry, q: string): boolean {
  const key = compactKey(q);
  return key === '' || searchKeys(entry).some((text) => text.includes(key));
}

function isBrand(entry: WardrobeEntry, brand: string): boolean {
  const wanted = brandIdentityKey(brand);
  return [entry.perfume.brand, entry.perfume.brandKo].some(
    (text) => text !== null && brandIdentityKey(text) === wanted,
  );
}

/** Filters that need more than the summary: accords present and seasons the perfume fits. */
export function needsFacts(query: WardrobeListQuery): boolean {
  return query.accord !== undefined || query.season !== undefined;
}

export function filterEntries(
  entries: readonly WardrobeEntry[],
  query: WardrobeListQuery,
  facts: ReadonlyMap<number, PerfumeTasteFacts>,
): WardrobeEntry[] {
  const { state, q, brand, accord, season } = query;
  return entries.filter((entry) => {
    const perfume = facts.get(entry.perfume.id);
    return (
      (state === undefined || entry.state === state) &&
      (q === undefined || matchesText(entry, q)) &&
      (brand === undefined || isBrand(entry, brand)) &&
      (accord === undefined || perfume?.presentAccords.includes(accord) === true) &&
      (season === undefined || perfume?.seasons.includes(season) === true)
    );
  });
}

const byNewest = (a: WardrobeEntry, b: WardrobeEntry) =>
  b.addedAt.localeCompare(a.addedAt) || b.perfume.id - a.perfume.id;
const byName = (a: WardrobeEntry, b: WardrobeEntry) =>
  a.perfume.name.localeCompare(b.perfume.name, 'en', { sensitivity: 'base' }) ||
  a.perfume.brand.localeCompare(b.perfume.brand, 'en', { sensitivity: 'base' }) ||
  a.perfume.id - b.perfume.id;
/** Highest rating first; unrated entries last, newest first among equals. */
const byRating = (a: WardrobeEntry, b: WardrobeEntry) => (b.rating ?? -1) - (a.rating ?? -1) || byNewest(a, b);

const SORTS = { added: byNewest, name: byName, rating: byRating } as const;

export function sortEntries(entries: readonly WardrobeEntry[], sort: WardrobeListQuery['sort']): WardrobeEntry[] {
  return [...entries].sort(SORTS[sort]);
}
