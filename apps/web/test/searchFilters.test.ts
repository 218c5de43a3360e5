import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  addNote,
  clearFilters,
  filtersFromParams,
  filtersToQueryString,
  filtersToSearchInput,
  ignoreUnderstood,
  NO_FILTERS,
  removeNote,
  type SearchFilters,
  searchHref,
  toggleAccord,
  withText,
} from '../src/search/searchFilters';

describe('search filters in the URL', () => {
  it('reads a shared link', () => {
    const filters = filtersFromParams(
      new URLSearchParams('q=%20santal%20&accords=woody,smoky&gender=unisex&season=fall&occasion=evening'),
    );
    expect(filters).toEqual({
      ...NO_FILTERS,
      q: 'santal',
      accords: ['woody', 'smoky'],
      gender: 'unisex',
      season: 'fall',
      occasion: 'evening',
    });
  });

  it('reads the catalog filters: accord mode, notes, years, brand and order', () => {
    const filters = filtersFromParams(
      new URLSearchParams(
        'accords=woody&accordMode=any&notes=Rose,oud&excludeNotes=vanilla,rose&yearFrom=2015&yearTo=2001&brand=Le%20Labo&sort=newest',
      ),
    );
    expect(filters).toEqual({
      ...NO_FILTERS,
      accords: ['woody'],
      accordMode: 'any',
      notes: ['rose', 'oud'],
      // rose is wanted, so it cannot also be unwanted
      excludeNotes: ['vanilla'],
      // a backwards range still means the years between
      yearFrom: 2001,
      yearTo: 2015,
      brand: 'Le Labo',
      sort: 'newest',
    });
  });

  it('drops years, orders and modes the server would refuse', () => {
    const filters = filtersFromParams(
      new URLSearchParams('yearFrom=1500&yearTo=20x5&sort=random&accordMode=some&brand=%20%20&notes=,,'),
    );
    expect(filters).toEqual(NO_FILTERS);
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
      ...NO_FILTERS,
      q: 'rose & oud',
      accords: toggleAccord(NO_FILTERS, 'floral').accords,
      accordMode: 'any' as const,
      notes: ['pink-pepper'],
      excludeNotes: ['oud'],
      season: 'spring' as const,
      yearFrom: 1990,
      yearTo: 2020,
      brand: 'Maison Francis Kurkdjian',
      sort: 'oldest' as const,
    };
    expect(filtersFromParams(new URLSearchParams(filtersToQueryString(filters)))).toEqual(filters);
  });

  it('toggles an accord on and off', () => {
    const once = toggleAccord(NO_FILTERS, 'amber');
    expect(once.accords).toEqual(['amber']);
    expect(toggleAccord(once, 'amber').accords).toEqual([]);
  });

  it('counts the filters besides the text and the order', () => {
    expect(activeFilterCount({ ...NO_FILTERS, q: 'x', sort: 'name', accordMode: 'any' })).toBe(0);
    expect(activeFilterCount({ ...NO_FILTERS, accords: ['woody', 'smoky'], season: 'winter' })).toBe(3);
    expect(
      activeFilterCount({
        ...NO_FILTERS,
        notes: ['rose'],
        excludeNotes: ['oud'],
        yearFrom: 2000,
        yearTo: 2010,
        brand: 'Dior',
      }),
    ).toBe(4);
  });

  it('moves a note between the wanted and unwanted lists, never in both', () => {
    const wanted = addNote(NO_FILTERS, 'notes', 'rose');
    expect(addNote(wanted, 'notes', 'rose').notes).toEqual(['rose']);
    const unwanted = addNote(wanted, 'excludeNotes', 'rose');
    expect(unwanted).toEqual({ ...NO_FILTERS, excludeNotes: ['rose'] });
    expect(removeNote(unwanted, 'excludeNotes', 'rose')).toEqual(NO_FILTERS);
  });

  it('clears the narrowing filters but keeps the text and the order', () => {
    const filters = { ...NO_FILTERS, q: 'rose', sort: 'newest' as const, brand: 'Dior', notes: ['oud'], yearTo: 2000 };
    expect(clearFilters(filters)).toEqual({ ...NO_FILTERS, q: 'rose', sort: 'newest' });
  });

  it('links to a search', () => {
    expect(searchHref(NO_FILTERS)).toBe('/search');
    expect(searchHref({ ...NO_FILTERS, brand: 'Le Labo' })).toBe('/search?brand=Le+Labo');
  });
});

describe('the perfume.search input', () => {
  it('sends no empty fields', () => {
    expect(filtersToSearchInput({ ...NO_FILTERS, q: '  ' }, 20)).toEqual({ limit: 20 });
  });

  it('sends every filter that is set, as it is', () => {
    const everyFilter: SearchFilters = {
      q: 'santal',
      accords: ['woody'],
      accordMode: 'any',
      notes: ['sandalwood'],
      excludeNotes: ['vanilla'],
      gender: 'unisex',
      season: 'fall',
      occasion: 'daily',
      yearFrom: 2000,
      yearTo: 2020,
      brand: 'Le Labo',
      sort: 'newest',
      ignore: ['note:sandalwood'],
    };
    expect(filtersToSearchInput(everyFilter, 8)).toEqual({ limit: 8, ...everyFilter });
  });

  it('sends the accord mode only when there are accords to combine', () => {
    expect(filtersToSearchInput({ ...NO_FILTERS, accordMode: 'any' }, 20)).toEqual({ limit: 20 });
  });
});

describe('chips of what the text was understood as', () => {
  it('takes one off by naming it in `ignore`, which the link keeps', () => {
    const woody = { ...NO_FILTERS, q: '르라보 우디' };
    const withoutHouse = ignoreUnderstood(woody, 'brand:lelabo');
    expect(ignoreUnderstood(withoutHouse, 'brand:lelabo')).toBe(withoutHouse);
    expect(filtersToQueryString(ignoreUnderstood(withoutHouse, 'accord:woody'))).toBe(
      'q=%EB%A5%B4%EB%9D%BC%EB%B3%B4+%EC%9A%B0%EB%94%94&ignore=brand:lelabo,accord:woody',
    );
    expect(filtersFromParams(new URLSearchParams(filtersToQueryString(withoutHouse)))).toEqual(withoutHouse);
    expect(filtersToSearchInput(withoutHouse, 20)).toEqual({ limit: 20, q: '르라보 우디', ignore: ['brand:lelabo'] });
  });

  it('forgets them when the text changes, and has none without a text', () => {
    const ignored = ignoreUnderstood({ ...NO_FILTERS, q: '우디' }, 'accord:woody');
    expect(withText(ignored, '우디')).toBe(ignored);
    expect(withText(ignored, '우디 여름').ignore).toEqual([]);
    expect(filtersToQueryString({ ...ignored, q: '' })).toBe('');
    expect(clearFilters({ ...ignored, gender: 'masculine' })).toEqual(ignored);
  });

  it('drops what is not an understood filter from a link', () => {
    expect(filtersFromParams(new URLSearchParams('q=x&ignore=accord:woody,plastic,:x,mood:')).ignore).toEqual([
      'accord:woody',
    ]);
  });
});
