import type { MapDictionaries, MapPoints } from '@scentence/api/schemas';
import { brandSlug } from '@scentence/api/text';
import { ACCORD_KEYS, GENDER_KEYS, OCCASION_KEYS, SEASON_KEYS } from '@scentence/api/vocabulary';
import { MAP_ACCORD_PRESENT } from '@scentence/db';
import type { MapInput } from './mapFacts';

type FilterColumns = Pick<
  MapPoints,
  'ids' | 'dominantAccord' | 'accordMask' | 'gender' | 'seasonMask' | 'occasionMask' | 'year' | 'brand' | 'popularity'
>;

const indexOf = <K extends string>(keys: readonly K[]) => new Map(keys.map((key, index) => [key, index]));
const ACCORD_INDEX = indexOf(ACCORD_KEYS);
const GENDER_INDEX = indexOf(GENDER_KEYS);
const SEASON_INDEX = indexOf(SEASON_KEYS);
const OCCASION_INDEX = indexOf(OCCASION_KEYS);

function mask<K extends string>(keys: readonly K[], index: Map<K, number>): number {
  let bits = 0;
  for (const key of keys) {
    const bit = index.get(key);
    if (bit !== undefined) bits |= 1 << bit;
  }
  return bits;
}

/** Popularity as a percentile 0–100: equal popularity, equal percentile. */
function percentiles(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const below = new Map<number, number>();
  sorted.forEach((value, index) => {
    if (!below.has(value)) below.set(value, index);
  });
  const last = Math.max(1, values.length - 1);
  return values.map((value) => Math.round(((below.get(value) ?? 0) / last) * 100));
}

/**
 * The columns the page draws and filters by, and the dictionaries their codes index. Brands are
 * listed most perfumes first (ties: by name), so the common ones have small codes.
 */
export function pointColumns(input: MapInput): FilterColumns & { dictionaries: MapDictionaries } {
  const perfumeCount = new Map<number, number>();
  for (const perfume of input.perfumes) perfumeCount.set(perfume.brandId, (perfumeCount.get(perfume.brandId) ?? 0) + 1);
  const brands = input.brands
    .filter((brand) => perfumeCount.has(brand.id))
    .sort(
      (a, b) =>
        (perfumeCount.get(b.id) ?? 0) - (perfumeCount.get(a.id) ?? 0) || a.name.localeCompare(b.name) || a.id - b.id,
    );
  const brandIndex = new Map(brands.map((brand, index) => [brand.id, index]));
  const { perfumes } = input;
  return {
    ids: perfumes.map((perfume) => perfume.id),
    dominantAccord: perfumes.map((perfume) => {
      const first = perfume.accords[0];
      return first && first.strength > 0 ? (ACCORD_INDEX.get(first.key) ?? -1) : -1;
    }),
    accordMask: perfumes.map((perfume) =>
      mask(
        perfume.accords.filter((accord) => accord.strength >= MAP_ACCORD_PRESENT).map((accord) => accord.key),
        ACCORD_INDEX,
      ),
    ),
    gender: perfumes.map((perfume) => GENDER_INDEX.get(perfume.gender) ?? 0),
    seasonMask: perfumes.map((perfume) => mask(perfume.seasons, SEASON_INDEX)),
    occasionMask: perfumes.map((perfume) => mask(perfume.occasions, OCCASION_INDEX)),
    year: perfumes.map((perfume) => perfume.year ?? 0),
    brand: perfumes.map((perfume) => brandIndex.get(perfume.brandId) ?? 0),
    popularity: percentiles(perfumes.map((perfume) => perfume.popularity)),
    dictionaries: {
      accords: [...ACCORD_KEYS],
      genders: [...GENDER_KEYS],
      seasons: [...SEASON_KEYS],
      occasions: [...OCCASION_KEYS],
      brands: brands.map((brand) => ({ slug: brandSlug(brand.name), name: brand.name, nameKo: brand.nameKo })),
    },
  };
}
