import type { MapFilter, MapFilterOptions, MapPoints } from '@scentence/api/schemas';
import { failingFacets, MAP_FACET_BIT, type MapFacet } from '@scentence/domain/map';

/**
 * Facet counts over the map's columns: `matching` passes every filter; each option counts the
 * perfumes that pass every other facet and have that option, so it tells what picking it leaves.
 * Accords with `all` count within the current matches (picking one more narrows them).
 */
export function filterOptions(
  points: MapPoints,
  filter: MapFilter,
): Omit<MapFilterOptions, 'catalogVersion' | 'computedAt'> {
  const { dictionaries } = points;
  const fails = failingFacets(points, filter);
  const accordCounts = new Array<number>(dictionaries.accords.length).fill(0);
  const genderCounts = new Array<number>(dictionaries.genders.length).fill(0);
  const seasonCounts = new Array<number>(dictionaries.seasons.length).fill(0);
  const occasionCounts = new Array<number>(dictionaries.occasions.length).fill(0);
  const brandCounts = new Array<number>(dictionaries.brands.length).fill(0);
  const decades = new Map<number, number>();
  let matching = 0;
  let unknownYear = 0;
  let minYear: number | null = null;
  let maxYear: number | null = null;
  const accordFacetIgnored = filter.accordMode === 'any';
  // A point failing only facet f still counts for f's options.
  const passesAllBut = (failed: number, facet: MapFacet) => (failed & ~MAP_FACET_BIT[facet]) === 0;
  const countBits = (counts: number[], bits: number) => {
    for (let k = 0; k < counts.length; k++) if (bits & (1 << k)) counts[k] = (counts[k] ?? 0) + 1;
  };

  for (let i = 0; i < points.count; i++) {
    const year = points.year[i] ?? 0;
    if (year > 0) {
      minYear = minYear === null ? year : Math.min(minYear, year);
      maxYear = maxYear === null ? year : Math.max(maxYear, year);
    }
    const failed = fails(i);
    if (failed === 0) matching++;
    if (accordFacetIgnored ? passesAllBut(failed, 'accords') : failed === 0)
      countBits(accordCounts, points.accordMask[i] ?? 0);
    if (passesAllBut(failed, 'gender'))
      genderCounts[points.gender[i] ?? 0] = (genderCounts[points.gender[i] ?? 0] ?? 0) + 1;
    if (passesAllBut(failed, 'season')) countBits(seasonCounts, points.seasonMask[i] ?? 0);
    if (passesAllBut(failed, 'occasion')) countBits(occasionCounts, points.occasionMask[i] ?? 0);
    if (passesAllBut(failed, 'brand')) brandCounts[points.brand[i] ?? 0] = (brandCounts[points.brand[i] ?? 0] ?? 0) + 1;
    if (passesAllBut(failed, 'year')) {
      if (year === 0) unknownYear++;
      else decades.set(Math.floor(year / 10) * 10, (decades.get(Math.floor(year / 10) * 10) ?? 0) + 1);
    }
  }

  const keyed = <K extends string>(keys: readonly K[], counts: number[]) =>
    keys.map((key, index) => ({ key, count: counts[index] ?? 0 }));
  return {
    total: points.count,
    matching,
    accords: keyed(dictionaries.accords, accordCounts),
    genders: keyed(dictionaries.genders, genderCounts),
    seasons: keyed(dictionaries.seasons, seasonCounts),
    occasions: keyed(dictionaries.occasions, occasionCounts),
    brands: dictionaries.brands
      .map((brand, index) => ({ ...brand, count: brandCounts[index] ?? 0 }))
      .filter((brand) => brand.count > 0)
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
    years: {
      min: minYear,
      max: maxYear,
      decades: [...decades].sort(([a], [b]) => a - b).map(([from, count]) => ({ from, count })),
      unknown: unknownYear,
    },
  };
}
