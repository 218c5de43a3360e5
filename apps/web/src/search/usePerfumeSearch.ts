'use client';

import { PAGE_LIMIT_DEFAULT } from '@scentence/api/schemas';
import { keepPreviousData } from '@tanstack/react-query';
import { trpc } from '../trpc/client';
import { filtersToSearchInput, type SearchFilters } from './searchFilters';

/**
 * The search the page shows, page by page. The results and the chips of what was understood
 * both read it; the same input is one query, fetched once.
 */
export function usePerfumeSearch(filters: SearchFilters) {
  return trpc.perfume.search.useInfiniteQuery(filtersToSearchInput(filters, PAGE_LIMIT_DEFAULT), {
    getNextPageParam: (page) => page.nextCursor,
    // Keep the previous results on screen while a changed filter loads, instead of flashing empty.
    placeholderData: keepPreviousData,
  });
}
