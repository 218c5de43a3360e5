import type { MapPoints } from '@scentence/api/schemas';
import { ACCORD_KEYS, GENDER_KEYS, OCCASION_KEYS, SEASON_KEYS } from '@scentence/api/vocabulary';
import { describe, expect, it } from 'vitest';
import { filterOptions } from '../src/filters/filterOptions';

const bit = (keys: readonly string[], key: string) => 1 << keys.indexOf(key);
const accords = (...keys: string[]) => keys.reduce((mask, key) => mask | bit(ACCORD_KEYS, key), 0);
const columns = { x: [], y: [], cluster: [] };

/** Four perfumes: two houses, two genders, years 1990s, 2010s and unknown. */
const points: MapPoints = {
  catalogVersion: 1,
  computedAt: '2026-12-01T00:00:00.000Z',
  count: 4,
  ids: [1, 2, 3, 4],
  layouts: { similarity: columns, wheel: columns },
  dominantAccord: [15, 15, 6, 0],
  accordMask: [accords('woody', 'amber'), accords('woody'), accords('floral', 'woody'), accords('citrus')],
  gender: [1, 1, 0, 2],
  seasonMask: [
    bit(SEASON_KEYS, 'winter'),
    bit(SEASON_KEYS, 'fall'),
    bit(SEASON_KEYS, 'spring'),
    bit(SEASON_KEYS, 'summer'),
  ],
  occasionMask: [bit(OCCASION_KEYS, 'evening'), 0, 0, bit(OCCASION_KEYS, 'daily')],
  year: [1995, 2015, 2018, 0],
  brand: [0, 0, 1, 1],
  popularity: [100, 50, 25, 0],
  dictionaries: {
    accords: [...ACCORD_KEYS],
    genders: [...GENDER_KEYS],
    seasons: [...SEASON_KEYS],
    occasions: [...OCCASION_KEYS],
    brands: [
      { slug: 'house-a', name: 'House A', nameKo: null },
      { slug: 'house-b', name: 'House B', nameKo: '하우스 B' },
    ],
  },
};

const count = <K extends string>(list: { key: K; count: number }[], key: K) =>
  list.find((item) => item.key === key)?.count;

describe('filter options', () => {
  it('counts everything with no filter', () => {
    const options = filterOptions(points, { accordMode: 'all' });
    expect(options.matching).toBe(4);
    expect(count(options.accords, 'woody')).toBe(3);
    expect(count(options.genders, 'masculine')).toBe(2);
    expect(options.brands.map((brand) => [brand.slug, brand.count])).toEqual([
      ['house-a', 2],
      ['house-b', 2],
    ]);
    expect(options.years).toEqual({
      min: 1995,
      max: 2018,
      decades: [
        { from: 1990, count: 1 },
        { from: 2010, count: 2 },
      ],
      unknown: 1,
    });
  });

  it('counts each option over the other filters, so picking it leaves that many', () => {
    const options = filterOptions(points, { accordMode: 'all', accords: ['woody'], gender: 'masculine' });
    expect(options.matching).toBe(2);
    // Genders ignore the gender filter: feminine would leave the floral woody one.
    expect(count(options.genders, 'feminine')).toBe(1);
    // Accords in `all` mode count within the matches: amber narrows the two to one.
    expect(count(options.accords, 'amber')).toBe(1);
    expect(count(options.accords, 'citrus')).toBe(0);
    expect(options.brands.map((brand) => [brand.slug, brand.count])).toEqual([['house-a', 2]]);
  });

  it('counts accords in `any` mode over the other filters, and leaves unknown years out of a year range', () => {
    const options = filterOptions(points, { accordMode: 'any', accords: ['citrus'], yearFrom: 2000 });
    expect(options.matching).toBe(0);
    expect(count(options.accords, 'woody')).toBe(2);
    expect(options.years.unknown).toBe(1);
    expect(filterOptions(points, { accordMode: 'all', brand: 'house-z' }).matching).toBe(0);
  });
});
