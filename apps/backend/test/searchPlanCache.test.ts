import { type PerfumeSearchQuery, perfumeSearchInputSchema } from '@scentence/api/schemas';
import type { CatalogNameRow } from '@scentence/db';
import { describe, expect, it } from 'vitest';
import { buildCatalogIndex } from '../src/perfume/catalogIndex';
import { planSearch } from '../src/perfume/searchPlan';
import { createSearchPlanCache } from '../src/perfume/searchPlanCache';

const perfume = (id: number, brand: string, name: string): CatalogNameRow => ({
  id,
  brand,
  brandKo: null,
  name,
  nameKo: null,
  popularity: 10 - id,
});
const names = [perfume(1, 'Le Labo', 'Santal 33'), perfume(2, 'Le Labo', 'Rose 31'), perfume(3, 'Dior', 'Sauvage')];
const query = (input: Record<string, unknown>) => perfumeSearchInputSchema.parse(input) as PerfumeSearchQuery;

describe('search plans kept per query', () => {
  it('plan every page of a search as planning it afresh does', () => {
    const catalog = buildCatalogIndex(1, names, [], []);
    const plans = createSearchPlanCache();
    for (const input of [
      { q: 'santal 33' },
      { q: 'santal 33', cursor: 20 },
      { q: '르라보 우디', limit: 5 },
      { q: '우디', gender: 'masculine', cursor: 5, limit: 5 },
      { accords: 'woody,amber' },
    ]) {
      expect(plans(query(input), catalog), JSON.stringify(input)).toEqual(planSearch(query(input), catalog));
    }
  });

  it('are made again for a new catalog, and within their bound', () => {
    const plans = createSearchPlanCache(2);
    const before = buildCatalogIndex(1, names, [], []);
    const after = buildCatalogIndex(2, [...names, perfume(4, 'Maison Nouvelle', 'Santal Blanc')], [], []);
    expect(plans(query({ q: 'santal' }), before).search.leadingIds).not.toContain(4);
    expect(plans(query({ q: 'santal' }), after).search.leadingIds).toContain(4);
    for (const q of ['rose', 'sauvage', 'santal']) {
      expect(plans(query({ q }), after)).toEqual(planSearch(query({ q }), after));
    }
  });
});
