'use client';

import type { WardrobeState } from '@scentence/api/schemas';
import { keepPreviousData } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { QueryError } from '../components/QueryError';
import { useI18n } from '../i18n/I18nProvider';
import { TYPING_PAUSE_MS, useDebouncedValue } from '../search/useDebouncedValue';
import { trpc } from '../trpc/client';
import { type CollectionFilters, collectionInput, NO_COLLECTION_FILTERS } from './collectionQuery';
import { useCollectionBrands } from './useCollectionBrands';
import { WardrobeEntryItem, type WardrobeView } from './WardrobeEntryItem';
import { WardrobeTabs } from './WardrobeTabs';
import { WardrobeToolbar } from './WardrobeToolbar';

interface WardrobeCollectionProps {
  tab: WardrobeState;
  onTab: (state: WardrobeState) => void;
  announce: (message: string) => void;
}

/** The tabs with their counts, the toolbar, and the entries of the chosen tab as a gallery or a list. */
export function WardrobeCollection({ tab, onTab, announce }: WardrobeCollectionProps) {
  const { t } = useI18n();
  const text = t.wardrobe.list;
  const baseId = useId();
  const panelId = `${baseId}-panel`;
  const idOf = (state: WardrobeState) => `${baseId}-tab-${state}`;
  const [filters, setFilters] = useState<CollectionFilters>(NO_COLLECTION_FILTERS);
  const [view, setView] = useState<WardrobeView>('gallery');
  const q = useDebouncedValue(filters.q, TYPING_PAUSE_MS);
  const brands = useCollectionBrands(tab);
  const list = trpc.wardrobe.list.useInfiniteQuery(collectionInput(tab, { ...filters, q }), {
    getNextPageParam: (page) => page.nextCursor,
    placeholderData: keepPreviousData,
  });

  const firstPage = list.data?.pages[0];
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const counts = firstPage?.counts;
  const wardrobeEmpty = counts !== undefined && counts.have + counts.wish + counts.had === 0;
  const filtered = filters.q.trim() !== '' || filters.brand !== '' || filters.accord !== '' || filters.season !== '';

  function body() {
    if (list.isPending) return <p className="wardrobe-muted">{t.wardrobe.loading}</p>;
    if (list.isError && !list.data) return <QueryError error={list.error} onRetry={() => list.refetch()} />;
    if (wardrobeEmpty) {
      return (
        <div className="notice wardrobe-invite" data-testid="wardrobe-empty">
          <p className="notice__title">{text.emptyWardrobeTitle}</p>
          <p>{text.emptyWardrobe}</p>
        </div>
      );
    }
    if (items.length === 0) {
      return (
        <p className="notice" data-testid="wardrobe-no-match">
          {filtered ? text.noMatch : text.emptyTab[tab]}
        </p>
      );
    }
    return (
      <ul
        className={`wardrobe-entries wardrobe-entries--${view}${list.isPlaceholderData ? ' wardrobe-entries--stale' : ''}`}
        data-testid="wardrobe-entries"
        data-view={view}
      >
        {items.map((entry) => (
          <li key={entry.perfume.id}>
            <WardrobeEntryItem entry={entry} view={view} announce={announce} />
          </li>
        ))}
      </ul>
    );
  }

  return (
    <section className="wardrobe-collection" aria-label={t.wardrobe.title}>
      <WardrobeTabs value={tab} onChange={onTab} counts={counts} panelId={panelId} idOf={idOf} />
      <div
        id={panelId}
        role="tabpanel"
        aria-labelledby={idOf(tab)}
        aria-busy={list.isFetching}
        className="wardrobe-panel"
        data-testid="wardrobe-panel"
        data-state={tab}
      >
        {wardrobeEmpty ? null : (
          <WardrobeToolbar filters={filters} onChange={setFilters} brands={brands} view={view} onView={setView} />
        )}
        {firstPage && !wardrobeEmpty ? (
          <p className="wardrobe-total" aria-live="polite" data-testid="wardrobe-total" data-total={firstPage.total}>
            {text.total(firstPage.total)}
          </p>
        ) : null}
        {body()}
        {list.isFetchNextPageError ? <QueryError error={list.error} onRetry={() => list.fetchNextPage()} /> : null}
        {list.hasNextPage && !list.isPlaceholderData ? (
          <div className="search-results__more">
            <button
              type="button"
              className="button"
              disabled={list.isFetchingNextPage}
              onClick={() => list.fetchNextPage()}
            >
              {list.isFetchingNextPage ? t.wardrobe.loading : text.more}
            </button>
          </div>
        ) : null}
      </div>
    </section>
  );
}
