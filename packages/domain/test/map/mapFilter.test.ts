import { fivePoints } from '@scentence/api/testing';
import { describe, expect, it } from 'vitest';
import { chosenFilterCount, failingFacets, MAP_FACET_BIT, matchingPoints } from '../../src/map';

const ids = (indexes: number[] | null) => indexes?.map((index) => fivePoints().ids[index]) ?? null;

describe('the map filter rule', () => {
  it('draws every point when nothing is chosen', () => {
    expect(matchingPoints(fivePoints(), { accordMode: 'all' })).toBeNull();
    expect(chosenFilterCount({ accordMode: 'all' })).toBe(0);
  });

  it('keeps the perfumes with every chosen accord, or any of them', () => {
    expect(ids(matchingPoints(fivePoints(), { accordMode: 'all', accords: ['floral', 'woody'] }))).toEqual([14]);
    expect(ids(matchingPoints(fivePoints(), { accordMode: 'any', accords: ['floral', 'woody'] }))).toEqual([
      12, 13, 14,
    ]);
  });

  it('narrows by season, occasion, gender lean and brand', () => {
    const points = fivePoints();
    expect(ids(matchingPoints(points, { accordMode: 'all', season: 'fall' }))).toEqual([13, 14]);
    expect(ids(matchingPoints(points, { accordMode: 'all', occasion: 'leisure' }))).toEqual([13, 14]);
    expect(ids(matchingPoints(points, { accordMode: 'all', gender: 'unisex' }))).toEqual([14, 15]);
    expect(ids(matchingPoints(points, { accordMode: 'all', brand: 'le-labo' }))).toEqual([13, 14]);
  });

  it('matches nothing for a brand that is not on the map', () => {
    expect(matchingPoints(fivePoints(), { accordMode: 'all', brand: 'nobody' })).toEqual([]);
  });

  it('leaves out perfumes of unknown year once a year is chosen', () => {
    expect(ids(matchingPoints(fivePoints(), { accordMode: 'all', yearFrom: 2000 }))).toEqual([11, 13, 15]);
    expect(ids(matchingPoints(fivePoints(), { accordMode: 'all', yearFrom: 2000, yearTo: 2012 }))).toEqual([13]);
  });

  it('combines facets, and counts the accords one each', () => {
    expect(ids(matchingPoints(fivePoints(), { accordMode: 'all', accords: ['citrus'], season: 'spring' }))).toEqual([
      11, 12,
    ]);
    expect(chosenFilterCount({ accordMode: 'all', accords: ['citrus', 'woody'], season: 'spring' })).toBe(3);
  });

  it('tells which facets a point fails, so the counts can leave one facet out', () => {
    const fails = failingFacets(fivePoints(), { accordMode: 'all', accords: ['woody'], season: 'spring' });
    // 11: citrus in spring and summer; 13: woody in fall and winter; 14: floral woody in fall.
    expect(fails(0)).toBe(MAP_FACET_BIT.accords);
    expect(fails(2)).toBe(MAP_FACET_BIT.season);
    expect(fails(3)).toBe(MAP_FACET_BIT.season);
    expect(fails(4)).toBe(MAP_FACET_BIT.accords | MAP_FACET_BIT.season);
  });
});
