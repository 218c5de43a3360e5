'use client';

import type { WardrobeState } from '@scentence/api/schemas';
import { useEffect, useMemo } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { trpc } from '../trpc/client';
import { type BrandOption, brandOptionsOf } from './collectionQuery';

const BRAND_PAGE = 50;

/** Every brand in one tab of the collection, for the brand filter (the whole tab, not the page on screen). */
export function useCollectionBrands(state: WardrobeState): BrandOption[] {
  const { locale } = useI18n();
  const all = trpc.wardrobe.list.useInfiniteQuery(
    { state, sort: 'name', limit: BRAND_PAGE },
    { getNextPageParam: (page) => page.nextCursor },
  );
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = all;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  const pages = all.data?.pages;
  return useMemo(() => brandOptionsOf(pages?.flatMap((page) => page.items) ?? [], locale), [pages, locale]);
}
