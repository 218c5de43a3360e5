'use client';

import type { WardrobeState } from '@scentence/api/schemas';
import { keepPreviousData } from '@tanstack/react-query';
import { TYPING_PAUSE_MS, useDebouncedValue } from '../search/useDebouncedValue';
import { trpc } from '../trpc/client';
import { type CollectionFilters, collectionInput } from './collectionQuery';

/**
 * The entries of a tab that match the filters, a page at a time (the search text once typing
 * pauses), with the counts of every tab and whether the whole wardrobe is empty.
 */
export function useCollectionList(tab: WardrobeState, filters: CollectionFilters) {
  const q = useDebouncedValue(filters.q, TYPING_PAUSE_MS);
  const list = trpc.wardrobe.list.useInfiniteQuery(collectionInput(tab, { ...filters, q }), {
    getNextPageParam: (page) => page.nextCursor,
    placeholderData: keepPreviousData,
  });
  const firstPage = list.data?.pages[0];
  const counts = firstPage?.counts;
  return {
    list,
    firstPage,
    counts,
    items: list.data?.pages.flatMap((page) => page.items) ?? [],
    wardrobeEmpty: counts !== undefined && counts.have + counts.wish + counts.had === 0,
  };
}
