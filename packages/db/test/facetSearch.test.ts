import { ACCORD_KEYS, type AccordKey, GENDER_KEYS, OCCASION_KEYS, SEASON_KEYS } from '@scentence/api/vocabulary';
import { type Random, seededRandom } from '@scentence/domain/random';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFacetIndex, type FacetIndex } from '../src/facets/facetIndex';
import { answersFromFacets, facetSearch } from '../src/facets/facetSearch';
import type { CatalogFilters, RankedSearch } from '../src/repositories/perfumeSearch';
import { useShippedCatalog } from './support/shippedCatalog';

const catalog = useShippedCatalog();
let index: FacetIndex;
let noteSlugs: string[];
let brandNames: string[];
let perfumeIds: number[];

beforeAll(async () => {
  index = buildFacetIndex(await catalog.perfumes().catalogFacets());
  noteSlugs = (await catalog.perfumes().notesWithCounts()).map((note) => note.slug);
  brandNames = (await catalog.sql()<{ name: string }[]>`SELECT name FROM brands ORDER BY id`).map((row) => row.name);
  perfumeIds = (await catalog.sql()<{ id: number }[]>`SELECT id FROM perfumes ORDER BY id`).map((row) => row.id);
});

const filtered = (filters: CatalogFilters, extra: Partial<RankedSearch> = {}): RankedSearch => ({
  filters,
  followers: 'filtered',
  sort: 'relevance',
  limit: 20,
  cursor: 0,
  ...extra,
});

function pick<T>(random: Random, from: readonly T[]): T {
  return from[Math.floor(random() * from.length)]!;
}

function some<T>(random: Random, from: readonly T[], most: number): T[] | undefined {
  const count = Math.floor(random() * (most + 1));
  return count === 0 ? undefined : Array.from({ length: count }, () => pick(random, from));
}

/** Mood words' accord weights (some counting against), as the search and the chat make them. */
function randomMood(random: Random): RankedSearch['accordWeights'] {
  const weights: RankedSearch['accordWeights'] = {};
  for (const accord of some(random, ACCORD_KEYS, 4) ?? [])
    weights[accord] = pick(random, [1, 0.9, 0.6, 0.35, -0.5, -1]);
  return weights;
}

/** Perfumes a name matched, placed first (each once; one that is not in the catalog). */
function randomLeading(random: Random): number[] {
  return [...new Set(some(random, [...perfumeIds, 99_999_999], 5) ?? [])];
}

/** Filters as a search page, the chat and understood words combine them, some of them matching nothing. */
function randomFilters(random: Random): CatalogFilters {
  const maybe = <T>(value: () => T) => (random() < 0.12 ? value() : undefined);
  const yearFrom = maybe(() => 1950 + Math.floor(random() * 75));
  return {
    accords: some(random, ACCORD_KEYS, 2),
    accordMode: random() < 0.5 ? 'all' : 'any',
    requiredAccords: random() < 0.1 ? [pick(random, ACCORD_KEYS)] : undefined,
    excludeAccords: random() < 0.15 ? [pick(random, ACCORD_KEYS)] : undefined,
    notes: random() < 0.3 ? [pick(random, [...noteSlugs.slice(0, 30), 'Pink Pepper', 'no-such-note'])] : undefined,
    excludeNotes: random() < 0.15 ? [pick(random, noteSlugs)] : undefined,
    gender: maybe(() => pick(random, GENDER_KEYS)),
    season: maybe(() => pick(random, SEASON_KEYS)),
    occasion: maybe(() => pick(random, OCCASION_KEYS)),
    yearFrom,
    yearTo: maybe(() => (yearFrom ?? 1950) + Math.floor(random() * 40)),
    ...(random() < 0.1 ? { brands: [pick(random, brandNames), pick(random, brandNames)] } : {}),
    brand: maybe(() => pick(random, brandNames)),
  };
}

describe('a search answered from the facet index', () => {
  it('equals the database answer for hundreds of names placed first, filters, moods, orders and pages', async () => {
    const random = seededRandom(14);
    for (let round = 0; round < 300; round++) {
      const search = filtered(randomFilters(random), {
        followerFilters: random() < 0.2 ? { accords: [pick(random, ACCORD_KEYS)] } : undefined,
        accordWeights: random() < 0.35 ? randomMood(random) : undefined,
        leadingIds: random() < 0.3 ? randomLeading(random) : undefined,
        followers: random() < 0.1 ? 'none' : 'filtered',
        sort: pick(random, ['relevance', 'popularity', 'newest', 'oldest'] as const),
        limit: 1 + Math.floor(random() * 30),
        cursor: pick(random, [0, 0, 5, 20, 60, 400]),
      });
      expect(facetSearch(index, search), JSON.stringify(search)).toEqual(await catalog.perfumes().rankedSearch(search));
    }
  });

  it('pages the whole catalog by popularity and by year as the database does', async () => {
    for (const sort of ['popularity', 'newest', 'oldest'] as const) {
      for (const cursor of [0, 100, 340]) {
        const search = filtered({}, { sort, cursor, limit: 30 });
        expect(facetSearch(index, search)).toEqual(await catalog.perfumes().rankedSearch(search));
      }
    }
  });

  it('finds the floral perfumes with a rose note, most popular first', async () => {
    const answer = facetSearch(index, filtered({ accords: ['floral' as AccordKey], notes: ['rose'] }));
    expect(answer?.total).toBeGreaterThan(20);
    expect(answer?.items).toHaveLength(20);
    expect(answer?.items.every((item) => item.accords.some((accord) => accord.key === 'floral'))).toBe(true);
    expect(answer?.nextCursor).toBe(20);
  });

  it('ranks a mood by its weighted accords, strongest first, as the database does', async () => {
    const cool = filtered({}, { accordWeights: { aquatic: 1, fresh: 0.9, citrus: 0.5, green: 0.4, aromatic: 0.3 } });
    const answer = facetSearch(index, cool);
    expect(answer?.total).toBeGreaterThan(20);
    expect(answer?.items[0]?.accords.map((accord) => accord.key)).toContain('aquatic');
    expect(answer).toEqual(await catalog.perfumes().rankedSearch(cool));
  });

  it('leaves text hits, a name placed twice and the name sort to the database', () => {
    expect(answersFromFacets(filtered({}, { leadingIds: [1] }))).toBe(true);
    expect(answersFromFacets(filtered({}, { leadingIds: [1, 1] }))).toBe(false);
    expect(answersFromFacets(filtered({}, { followers: 'text', q: 'rose' }))).toBe(false);
    expect(answersFromFacets(filtered({}, { sort: 'name' }))).toBe(false);
    expect(facetSearch(index, filtered({}, { sort: 'name' }))).toBeNull();
  });
});
