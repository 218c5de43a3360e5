import type { MapFilter, MapFilterInput } from '@scentence/api/schemas';
import type { AccordKey } from '@scentence/api/vocabulary';

/** Nothing chosen: every perfume on the map is drawn. */
export const NO_MAP_FILTER: MapFilter = { accordMode: 'all' };

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

const decadeOf = (year: number) => Math.floor(year / 10) * 10;

/** The decade a year bound shows (a bound is the first or the last year of its decade). */
export function chosenDecade(filter: MapFilter, bound: 'yearFrom' | 'yearTo'): number | undefined {
  const year = filter[bound];
  return year === undefined ? undefined : decadeOf(year);
}

/** Sets a year bound to a decade (from its first year, to its last), or clears it. */
export function withDecade(filter: MapFilter, bound: 'yearFrom' | 'yearTo', decade: number | undefined): MapFilter {
  const year = decade === undefined ? undefined : bound === 'yearFrom' ? decade : decade + 9;
  const next = withFacet(filter, bound, year);
  // A range that runs backwards is turned round rather than refused.
  if (next.yearFrom !== undefined && next.yearTo !== undefined && next.yearFrom > next.yearTo) {
    return { ...next, yearFrom: decadeOf(next.yearTo), yearTo: decadeOf(next.yearFrom) + 9 };
  }
  return next;
}
