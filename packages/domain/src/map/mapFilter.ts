import type { MapFilter, MapPoints } from '@scentence/api/schemas';

/** The facets a map filter has, each one bit of what `failingFacets` returns. */
export const MAP_FACETS = ['accords', 'gender', 'season', 'occasion', 'brand', 'year'] as const;
export type MapFacet = (typeof MAP_FACETS)[number];
export const MAP_FACET_BIT = Object.fromEntries(MAP_FACETS.map((facet, index) => [facet, 1 << index])) as Record<
  MapFacet,
  number
>;

function bitsOf<K extends string>(keys: readonly K[] | undefined, dictionary: readonly K[]): number {
  let bits = 0;
  for (const key of keys ?? []) {
    const index = dictionary.indexOf(key);
    if (index >= 0) bits |= 1 << index;
  }
  return bits;
}

/** How many facets are chosen (the accords count one each). */
export function chosenFilterCount(filter: MapFilter): number {
  const singles = [filter.gender, filter.season, filter.occasion, filter.brand, filter.yearFrom, filter.yearTo];
  return (filter.accords?.length ?? 0) + singles.filter((value) => value !== undefined).length;
}

/**
 * The map's filter rule, shared by the service's counts and the web map's drawing: which facets
 * of the filter point i fails, one `MAP_FACET_BIT` per facet (0: it passes them all). Accords by
 * their mask (`all` or `any`), seasons and occasions by their masks; a year range leaves out
 * perfumes of unknown year, and a season, occasion or brand that is not on the map matches nothing.
 */
export function failingFacets(points: MapPoints, filter: MapFilter): (i: number) => number {
  const { dictionaries } = points;
  const accordBits = bitsOf(filter.accords, dictionaries.accords);
  const gender = filter.gender === undefined ? -1 : dictionaries.genders.indexOf(filter.gender);
  const seasonBit = bitsOf(filter.season === undefined ? [] : [filter.season], dictionaries.seasons);
  const occasionBit = bitsOf(filter.occasion === undefined ? [] : [filter.occasion], dictionaries.occasions);
  const brand = filter.brand === undefined ? -1 : dictionaries.brands.findIndex((entry) => entry.slug === filter.brand);
  const hasYear = filter.yearFrom !== undefined || filter.yearTo !== undefined;
  const yearFrom = filter.yearFrom ?? Number.NEGATIVE_INFINITY;
  const yearTo = filter.yearTo ?? Number.POSITIVE_INFINITY;
  return (i) => {
    let fails = 0;
    const accords = points.accordMask[i] ?? 0;
    if (accordBits !== 0) {
      const passes = filter.accordMode === 'all' ? (accords & accordBits) === accordBits : (accords & accordBits) !== 0;
      if (!passes) fails |= MAP_FACET_BIT.accords;
    }
    if (gender >= 0 && points.gender[i] !== gender) fails |= MAP_FACET_BIT.gender;
    if (filter.season !== undefined && ((points.seasonMask[i] ?? 0) & seasonBit) === 0) fails |= MAP_FACET_BIT.season;
    if (filter.occasion !== undefined && ((points.occasionMask[i] ?? 0) & occasionBit) === 0)
      fails |= MAP_FACET_BIT.occasion;
    if (filter.brand !== undefined && points.brand[i] !== brand) fails |= MAP_FACET_BIT.brand;
    if (hasYear) {
      const year = points.year[i] ?? 0;
      if (year === 0 || year < yearFrom || year > yearTo) fails |= MAP_FACET_BIT.year;
    }
    return fails;
  };
}

/**
 * The indexes of the points that pass every chosen facet, in column order; null when nothing is
 * chosen (draw them all).
 */
export function matchingPoints(points: MapPoints, filter: MapFilter): number[] | null {
  if (chosenFilterCount(filter) === 0) return null;
  const fails = failingFacets(points, filter);
  const matching: number[] = [];
  for (let i = 0; i < points.count; i++) if (fails(i) === 0) matching.push(i);
  return matching;
}
