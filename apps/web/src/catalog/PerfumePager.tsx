'use client';

import type { PerfumeSummary } from '@scentence/api/schemas';
import type { MouseEvent } from 'react';
import { PerfumeCard } from '../components/PerfumeCard';
import { QueryError } from '../components/QueryError';
import { useI18n } from '../i18n/I18nProvider';

interface PerfumePagerProps {
  perfumes: readonly PerfumeSummary[];
  nextCursor: number | null;
  loadingMore: boolean;
  /** The error of the last "more", if it failed. */
  error: unknown;
  onMore: () => void;
  /** Where "more" leads without scripts; `?from=…` by default. */
  moreHref?: (cursor: number) => string;
  testId: string;
}

/**
 * A grid of perfume cards with "more". The button is a link to `?from=…`, so without scripts it
 * opens the next page; with them it appends the next page in place.
 */
export function PerfumePager({
  perfumes,
  nextCursor,
  loadingMore,
  error,
  onMore,
  moreHref = (cursor) => `?from=${cursor}`,
  testId,
}: PerfumePagerProps) {
  const { locale, t } = useI18n();
  function more(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    if (!loadingMore) onMore();
  }
  return (
    <div className="perfume-pager" aria-busy={loadingMore}>
      <ul className="perfume-grid" data-testid={testId}>
        {perfumes.map((perfume) => (
          <li key={perfume.id}>
            <PerfumeCard perfume={perfume} locale={locale} testId={`${testId}-item`} />
          </li>
        ))}
      </ul>
      {error ? <QueryError error={error} onRetry={onMore} /> : null}
      {nextCursor !== null && !error ? (
        <div className="search-results__more">
          <a
            href={moreHref(nextCursor)}
            className="button"
            data-testid={`${testId}-more`}
            aria-disabled={loadingMore}
            onClick={more}
          >
            {loadingMore ? t.catalog.loading : t.catalog.more}
          </a>
        </div>
      ) : null}
    </div>
  );
}
