import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  filtersFromParams,
  filtersToQueryString,
  filtersToSearchInput,
  NO_FILTERS,
  toggleAccord,
} from '../src/search/searchFilters';

describe('search filters in the URL', () => {
  it('reads a shared link', () => {
    const filters = filtersFromParams(
      new URLSearchParams('q=%20santal%20&accords=woody,smoky&gender=unisex&season=fall&occasion=evening'),
    );
    expect(filters).toEqual({
      q: 'santal',
      accords: ['woody', 'smoky'],
      gender: 'unisex',
      season: 'fall',
      occasion: 'evening',
    });
  });

  it('drops values that are not in the vocabulary instead of sending them to the server', () => {
    const filters = filtersFromParams(new URLSearchParams('accords=woody,glitter,woody,&gender=robot&season=monsoon'));
    expect(filters).toEqual({ ...NO_FILTERS, accords: ['woody'] });
  });

  it('writes only the filters that are set, with readable commas', () => {
    expect(
      filtersToQueryString({ ...NO_FILTERS, q: '상탈 33', accords: ['woody', 'citrus'], gender: 'masculine' }),
    ).toBe('q=%EC%83%81%ED%83%88+33&accords=woody,citrus&gender=masculine');
    expect(filtersToQueryString({ ...NO_FILTERS, q: '   ' })).toBe('');
  });

  it('survives a round trip through the query string', () => {
    const filters = {
      q: 'rose & oud',
      accords: toggleAccord(NO_FILTERS, 'floral').accords,
      gender: null,
      season: 'spring' as const,
      occasion: null,
    };
    expect(filtersFromParams(new URLSearchParams(filtersToQueryString(filters)))).toEqual(filters);
  });

  it('toggles an accord on and off', () => {
    const once = toggleAccord(NO_FILTERS, 'amber');
    expect(once.accords).toEqual(['amber']);
    expect(toggleAccord(once, 'amber').accords).toEqual([]);
  });

  it('counts the filters besides the text', () => {
    expect(activeFilterCount({ ...NO_FILTERS, q: 'x' })).toBe(0);
    expect(activeFilterCount({ ...NO_FILTERS, accords: ['woody', 'smoky'], season: 'winter' })).toBe(3);
  });
});

describe('the perfume.search input', () => {
  it('sends no empty fields', () => {
    expect(filtersToSearchInput({ ...NO_FILTERS, q: '  ' }, 20)).toEqual({ limit: 20 });
  });

  it('sends every filter that is set', () => {
    expect(
      filtersToSearchInput({ q: 'santal', accords: ['woody'], gender: 'unisex', season: 'fall', occasion: 'daily' }, 8),
    ).toEqual({ limit: 8, q: 'santal', accords: ['woody'], gender: 'unisex', season: 'fall', occasion: 'daily' });
  });
});
