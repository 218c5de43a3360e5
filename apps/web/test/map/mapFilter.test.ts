import { fivePoints } from '@scentence/api/testing';
import { chosenFilterCount, matchingPoints } from '@scentence/domain/map';
import { describe, expect, it } from 'vitest';
import {
  chosenDecade,
  filterCountsInput,
  NO_MAP_FILTER,
  toggleAccord,
  withDecade,
  withFacet,
} from '../../src/map/mapFilter';

const ids = (indexes: number[] | null) => indexes?.map((index) => fivePoints().ids[index]) ?? null;

describe('choosing map filters', () => {
  it('keeps the perfumes with every chosen accord, or any of them', () => {
    const floralAndWoody = toggleAccord(toggleAccord(NO_MAP_FILTER, 'floral'), 'woody');
    expect(ids(matchingPoints(fivePoints(), floralAndWoody))).toEqual([14]);
    expect(ids(matchingPoints(fivePoints(), { ...floralAndWoody, accordMode: 'any' }))).toEqual([12, 13, 14]);
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

  it('picks whole decades, and turns a backwards range round', () => {
    const from2010s = withDecade(NO_MAP_FILTER, 'yearFrom', 2010);
    expect(from2010s).toEqual({ accordMode: 'all', yearFrom: 2010 });
    const backwards = withDecade(from2010s, 'yearTo', 1990);
    expect(backwards).toEqual({ accordMode: 'all', yearFrom: 1990, yearTo: 2019 });
    expect([chosenDecade(backwards, 'yearFrom'), chosenDecade(backwards, 'yearTo')]).toEqual([1990, 2010]);
    expect(withDecade(backwards, 'yearTo', undefined)).toEqual({ accordMode: 'all', yearFrom: 1990 });
  });
});
