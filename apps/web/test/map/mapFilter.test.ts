import { describe, expect, it } from 'vitest';
import {
  chosenFilterCount,
  filterCountsInput,
  matchingPoints,
  NO_MAP_FILTER,
  toggleAccord,
  withFacet,
} from '../../src/map/mapFilter';
import { fivePoints } from './mapPointsFixture';

const ids = (indexes: number[] | null) => indexes?.map((index) => fivePoints().ids[index]) ?? null;

describe('filtering the map by its columns', () => {
  it('draws every point when nothing is chosen', () => {
    expect(matchingPoints(fivePoints(), NO_MAP_FILTER)).toBeNull();
    expect(chosenFilterCount(NO_MAP_FILTER)).toBe(0);
  });

  it('keeps the perfumes with every chosen accord, or any of them', () => {
    const floralAndWoody = toggleAccord(toggleAccord(NO_MAP_FILTER, 'floral'), 'woody');
    expect(ids(matchingPoints(fivePoints(), floralAndWoody))).toEqual([14]);
    expect(ids(matchingPoints(fivePoints(), { ...floralAndWoody, accordMode: 'any' }))).toEqual([12, 13, 14]);
  });

  it('narrows by season, occasion, gender lean and brand', () => {
    const points = fivePoints();
    expect(ids(matchingPoints(points, withFacet(NO_MAP_FILTER, 'season', 'fall')))).toEqual([13, 14]);
    expect(ids(matchingPoints(points, withFacet(NO_MAP_FILTER, 'occasion', 'leisure')))).toEqual([13, 14]);
    expect(ids(matchingPoints(points, withFacet(NO_MAP_FILTER, 'gender', 'unisex')))).toEqual([14, 15]);
    expect(ids(matchingPoints(points, withFacet(NO_MAP_FILTER, 'brand', 'le-labo')))).toEqual([13, 14]);
  });

  it('matches nothing for a brand that is not on the map', () => {
    expect(matchingPoints(fivePoints(), withFacet(NO_MAP_FILTER, 'brand', 'nobody'))).toEqual([]);
  });

  it('leaves out perfumes of unknown year once a year is chosen', () => {
    const since2000 = withFacet(NO_MAP_FILTER, 'yearFrom', 2000);
    expect(ids(matchingPoints(fivePoints(), since2000))).toEqual([11, 13, 15]);
    expect(ids(matchingPoints(fivePoints(), withFacet(since2000, 'yearTo', 2012)))).toEqual([13]);
  });

  it('combines facets and clears them one by one', () => {
    const filter = withFacet(toggleAccord(NO_MAP_FILTER, 'citrus'), 'season', 'spring');
    expect(ids(matchingPoints(fivePoints(), filter))).toEqual([11, 12]);
    expect(chosenFilterCount(filter)).toBe(2);
    const cleared = toggleAccord(withFacet(filter, 'season', undefined), 'citrus');
    expect(cleared).toEqual(NO_MAP_FILTER);
  });

  it('asks for counts without an empty accord list', () => {
    expect(filterCountsInput(toggleAccord(toggleAccord(NO_MAP_FILTER, 'woody'), 'woody'))).toEqual({
      accordMode: 'all',
      accords: undefined,
    });
  });
});
