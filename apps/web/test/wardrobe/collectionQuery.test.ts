import { describe, expect, it } from 'vitest';
import { safeCallbackPath } from '../../src/members/callbackPath';
import {
  brandOptionsOf,
  COLLECTION_PAGE,
  collectionInput,
  NO_COLLECTION_FILTERS,
} from '../../src/wardrobe/collectionQuery';
import { loginHrefFor } from '../../src/wardrobe/loginHref';

describe('the collection query', () => {
  it('sends only the filters that are set', () => {
    expect(collectionInput('wish', NO_COLLECTION_FILTERS)).toEqual({
      state: 'wish',
      sort: 'added',
      limit: COLLECTION_PAGE,
    });
    expect(
      collectionInput('have', { q: '  chanel ', brand: 'Chanel', accord: 'woody', season: 'fall', sort: 'rating' }),
    ).toEqual({
      state: 'have',
      sort: 'rating',
      limit: COLLECTION_PAGE,
      q: 'chanel',
      brand: 'Chanel',
      accord: 'woody',
      season: 'fall',
    });
    expect(collectionInput('had', { ...NO_COLLECTION_FILTERS, q: '   ' })).not.toHaveProperty('q');
  });

  it('lists each brand of the collection once, by its name in the reader language, in that language order', () => {
    const perfume = (brand: string, brandKo: string | null) => ({
      perfume: {
        id: 1,
        brand,
        brandKo,
        name: 'x',
        nameKo: null,
        year: null,
        concentration: null,
        gender: 'unisex' as const,
        imageUrl: null,
        accords: [],
      },
    });
    const entries = [
      perfume('Diptyque', '딥티크'),
      perfume('Chanel', '샤넬'),
      perfume('Diptyque', '딥티크'),
      perfume('Byredo', null),
    ];
    expect(brandOptionsOf(entries, 'ko').map(({ label }) => label)).toEqual(['딥티크', '샤넬', 'Byredo']);
    expect(brandOptionsOf(entries, 'en')).toEqual([
      { brand: 'Byredo', label: 'Byredo' },
      { brand: 'Chanel', label: 'Chanel' },
      { brand: 'Diptyque', label: 'Diptyque' },
    ]);
  });
});

describe('a guest who presses "add to wardrobe"', () => {
  it('logs in and comes back to the same page, query and all', () => {
    const href = loginHrefFor('/search?q=rose&season=spring');
    const callbackUrl = new URL(href, 'http://scentence.test').searchParams.get('callbackUrl') ?? undefined;
    expect(new URL(href, 'http://scentence.test').pathname).toBe('/login');
    expect(safeCallbackPath(callbackUrl)).toBe('/search?q=rose&season=spring');
  });
});
