import type { PerfumeSearchQuery } from '@scentence/api/schemas';
import type { CatalogIndex } from './catalogIndex';
import { planSearch, type SearchPlan } from './searchPlan';

/** How many searches' plans are kept; past it they are all dropped and made again as asked. */
export const KEPT_PLANS = 1_000;

/**
 * Plans searches (see `planSearch`) once per query and catalog index: the next page of a search,
 * or the same words from another visitor, skips matching names and understanding the words again
 * (about a tenth of a search's CPU on the host). The page itself is not part of the plan.
 */
export function createSearchPlanCache(keep = KEPT_PLANS) {
  const plans = new Map<string, SearchPlan>();
  let plannedWith: CatalogIndex | null = null;
  return (query: PerfumeSearchQuery, catalog: CatalogIndex): SearchPlan => {
    if (catalog !== plannedWith) {
      plans.clear();
      plannedWith = catalog;
    }
    const { limit, cursor, ...words } = query;
    const key = JSON.stringify(words);
    let plan = plans.get(key);
    if (!plan) {
      plan = planSearch({ ...query, limit: 0, cursor: 0 }, catalog);
      if (plans.size >= keep) plans.clear();
      plans.set(key, plan);
    }
    return { ...plan, search: { ...plan.search, limit, cursor } };
  };
}
