'use client';

import type { WardrobeState } from '@scentence/api/schemas';
import { useId, useState } from 'react';
import { QueryError } from '../components/QueryError';
import { useI18n } from '../i18n/I18nProvider';
import { CollectionEntries } from './CollectionEntries';
import { CollectionLoadMore } from './CollectionLoadMore';
import { type CollectionFilters, NO_COLLECTION_FILTERS } from './collectionQuery';
import { useCollectionBrands } from './useCollectionBrands';
import { useCollectionList } from './useCollectionList';
import type { WardrobeView } from './WardrobeEntryItem';
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
  const brands = useCollectionBrands(tab);
  const { list, firstPage, counts, items, wardrobeEmpty } = useCollectionList(tab, filters);
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
    return <CollectionEntries entries={items} view={view} stale={list.isPlaceholderData} announce={announce} />;
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
          <CollectionLoadMore loading={list.isFetchingNextPage} onMore={() => list.fetchNextPage()} />
        ) : null}
      </div>
    </section>
  );
}
