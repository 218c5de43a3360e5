import type { MapFilter, MapFilterInput, MapPoints } from '@scentence/api/schemas';
import type { AccordKey } from '@scentence/api/vocabulary';

/** Nothing chosen: every perfume on the map is drawn. */
export const NO_MAP_FILTER: MapFilter = { accordMode: 'all' };

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
 * The indexes of the points that pass every chosen facet, in column order; null when nothing is
 * chosen (draw them all). The same rules as the service's counts: accords and the seasons and
 * occasions by their masks, a year filter leaves out perfumes of unknown year.
 */
export function matchingPoints(points: MapPoints, filter: MapFilter): number[] | null {
  if (chosenFilterCount(filter) === 0) return null;
  const { dictionaries } = points;
  const accordBits = bitsOf(filter.accords, dictionaries.accords);
  const gender = filter.gender === undefined ? -1 : dictionaries.genders.indexOf(filter.gender);
  const seasonBit = bitsOf(filter.season === undefined ? [] : [filter.season], dictionaries.seasons);
  const occasionBit = bitsOf(filter.occasion === undefined ? [] : [filter.occasion], dictionaries.occasions);
  const brand = filter.brand === undefined ? -1 : dictionaries.brands.findIndex((entry) => entry.slug === filter.brand);
  const hasYear = filter.yearFrom !== undefined || filter.yearTo !== undefined;
  const yearFrom = filter.yearFrom ?? Number.NEGATIVE_INFINITY;
  const yearTo = filter.yearTo ?? Number.POSITIVE_INFINITY;
  const matching: number[] = [];
  for (let i = 0; i < points.count; i++) {
    const accords = points.accordMask[i] ?? 0;
    if (accordBits !== 0) {
      const passes = filter.accordMode === 'all' ? (accords & accordBits) === accordBits : (accords & accordBits) !== 0;
      if (!passes) continue;
    }
    if (gender >= 0 && points.gender[i] !== gender) continue;
    if (filter.season !== undefined && ((points.seasonMask[i] ?? 0) & seasonBit) === 0) continue;
    if (filter.occasion !== undefined && ((points.occasionMask[i] ?? 0) & occasionBit) === 0) continue;
    if (filter.brand !== undefined && points.brand[i] !== brand) continue;
    if (hasYear) {
      const year = points.year[i] ?? 0;
      if (year === 0 || year < yearFrom || year > yearTo) continue;
    }
    matching.push(i);
  }
  return matching;
}

/** The filter as `map.filters` takes it, for the counts beside each option. */
export function filterCountsInput(filter: MapFilter): MapFilterInput {
  return {
    ...filter,
    accords: filter.accords && filter.accords.length > 0 ? filter.accords : undefined,
  };
}

export function toggleAccord(filter: MapFilter, key: AccordKey): MapFilter {
  const accords = filter.accords ?? [];
  const next = accords.includes(key) ? accords.filter((accord) => accord !== key) : [...accords, key];
  return { ...filter, accords: next.length > 0 ? next : undefined };
}

/** Sets one facet, or clears it with `undefined`. */
export function withFacet<F extends Exclude<keyof MapFilter, 'accords' | 'accordMode'>>(
  filter: MapFilter,
  facet: F,
  value: MapFilter[F] | undefined,
): MapFilter {
  const next = { ...filter };
  if (value === undefined) delete next[facet];
  else next[facet] = value;
  return next;
}
