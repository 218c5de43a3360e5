'use client';

import { SEARCH_SORTS } from '@scentence/api/schemas';
import { PerfumeCard } from '../components/PerfumeCard';
import { PerfumeGridSkeleton } from '../components/PerfumeGridSkeleton';
import { QueryError } from '../components/QueryError';
import { useI18n } from '../i18n/I18nProvider';
import { DidYouMean } from './DidYouMean';
import { SortSelect } from './SortSelect';
import type { SearchFilters } from './searchFilters';
import { usePerfumeSearch } from './usePerfumeSearch';

interface SearchResultsProps {
  filters: SearchFilters;
  onChange: (next: SearchFilters) => void;
}

export function SearchResults({ filters, onChange }: SearchResultsProps) {
  const { locale, t } = useI18n();
  const search = usePerfumeSearch(filters);

  if (search.isPending) return <PerfumeGridSkeleton count={6} label={t.search.loading} />;
  if (search.isError && !search.data) return <QueryError error={search.error} onRetry={() => search.refetch()} />;

  const items = search.data.pages.flatMap((page) => page.items);
  const total = search.data.pages[0]?.total ?? 0;
  const didYouMean = search.data.pages[0]?.didYouMean;
  const refreshing = search.isPlaceholderData;

  return (
    <section className="search-results" aria-busy={search.isFetching}>
      <div className="search-results__bar">
        <p className="search-results__total" data-testid="search-total" data-total={total} aria-live="polite">
          {t.search.total(total)}
        </p>
        <SortSelect
          options={SEARCH_SORTS}
          value={filters.sort}
          onChange={(sort) => onChange({ ...filters, sort })}
          testId="search-sort"
        />
      </div>
      {didYouMean ? <DidYouMean suggestion={didYouMean} filters={filters} /> : null}

      {items.length === 0 ? (
        <div className="notice" data-testid="search-empty">
          <p className="notice__title">{t.search.emptyTitle}</p>
          <p>{t.search.emptyHint}</p>
        </div>
      ) : (
        <ul className={`perfume-grid${refreshing ? ' perfume-grid--stale' : ''}`} data-testid="search-results">
          {items.map((perfume) => (
            <li key={perfume.id}>
              <PerfumeCard perfume={perfume} locale={locale} testId="perfume-result" />
            </li>
          ))}
        </ul>
      )}

      {search.isFetchNextPageError ? <QueryError error={search.error} onRetry={() => search.fetchNextPage()} /> : null}
      {search.hasNextPage && !refreshing ? (
        <div className="search-results__more">
          <button
            type="button"
            className="button"
            data-testid="search-more"
            disabled={search.isFetchingNextPage}
            onClick={() => search.fetchNextPage()}
          >
            {search.isFetchingNextPage ? t.search.loading : t.search.more}
          </button>
        </div>
      ) : null}
    </section>
  );
}
