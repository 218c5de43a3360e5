import type { PerfumeSearchAnswer, PerfumeSearchQuery, PerfumeSuggestions } from '@scentence/api/schemas';
import { type CatalogNameRow, facetSearch, type PerfumeRepository } from '@scentence/db';
import { brandIdentityKey, matchPerfumeName, NAME_MATCH_SCORE, type PerfumeNameMatch } from '@scentence/domain/names';
import type { CatalogIndex } from './catalogIndex';
import { type CatalogIndexCache, createCatalogIndexCache } from './catalogIndexCache';
import { createSearchPlanCache } from './searchPlanCache';

type SuggestedBrand = PerfumeSuggestions['brands'][number];

/** The houses the typed letters name: by the alias table first ("ysl", "채널"), then as the database found them. */
function suggestedBrands(
  catalog: CatalogIndex,
  named: readonly PerfumeNameMatch<CatalogNameRow>[],
  found: SuggestedBrand[],
  limit: number,
): SuggestedBrand[] {
  const keys = [
    ...named.filter((match) => match.score === NAME_MATCH_SCORE.brand).map((match) => match.brandKey),
    ...found.map((brand) => brandIdentityKey(brand.name)),
  ];
  const brands: SuggestedBrand[] = [];
  for (const key of new Set(keys)) {
    const house = catalog.houses.get(key);
    const fallback = found.find((brand) => brandIdentityKey(brand.name) === key);
    const brand = house ? { name: house.name, nameKo: house.nameKo, perfumes: house.perfumes } : fallback;
    if (brand) brands.push(brand);
  }
  return brands.slice(0, limit);
}

/**
 * Search and autocomplete over the catalog: names matched in memory across scripts, spellings
 * and spacing (the name index, rebuilt when the catalog version moves), intent words understood
 * as filters; a search without text hits (names placed first, filters, moods) is answered from
 * the facet index (built with the name index), one with text hits or in name order by the
 * database.
 */
export function createPerfumeSearch(
  perfumes: PerfumeRepository,
  index: CatalogIndexCache = createCatalogIndexCache(perfumes),
) {
  const plans = createSearchPlanCache();
  return {
    async search(query: PerfumeSearchQuery): Promise<PerfumeSearchAnswer> {
      const catalog = await index.current();
      const plan = plans(query, catalog);
      const result = facetSearch(catalog.facets, plan.search) ?? (await perfumes.rankedSearch(plan.search));
      return { ...result, understood: plan.understood, didYouMean: plan.didYouMean };
    },

    /**
     * Perfumes whose names the letters match (in memory first, then the database's), houses and
     * notes; one query reads the suggested perfumes with what their bottle drawings need.
     */
    async suggest(q: string, limit: number): Promise<PerfumeSuggestions> {
      const catalog = await index.current();
      const named = matchPerfumeName(catalog.names, q, { limit });
      const found = await perfumes.suggest(
        q,
        limit,
        named.map(({ perfume }) => perfume.id),
      );
      return {
        perfumes: found.perfumes,
        brands: suggestedBrands(catalog, named, found.brands, limit),
        notes: found.notes,
      };
    },

    /** The catalog index as it is now (the chat reads names, notes and houses from it). */
    catalogIndex(): Promise<CatalogIndex> {
      return index.current();
    },

    /** Builds the name index ahead of the first search (a failure is retried by that search). */
    warm(): Promise<void> {
      return index.current().then(
        () => undefined,
        () => undefined,
      );
    },
  };
}

export type PerfumeSearch = ReturnType<typeof createPerfumeSearch>;
