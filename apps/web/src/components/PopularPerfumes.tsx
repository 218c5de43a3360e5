'use client';

import { useI18n } from '../i18n/I18nProvider';
import { trpc } from '../trpc/client';
import { PerfumeCard } from './PerfumeCard';
import { PerfumeGridSkeleton } from './PerfumeGridSkeleton';
import { QueryError } from './QueryError';

const POPULAR_COUNT = 8;

/** The most popular perfumes: a search with no query is ordered by popularity. */
export function PopularPerfumes() {
  const { locale, t } = useI18n();
  const popular = trpc.perfume.search.useQuery({ limit: POPULAR_COUNT });

  if (popular.isPending) return <PerfumeGridSkeleton count={POPULAR_COUNT} label={t.search.loading} />;
  if (popular.isError) return <QueryError error={popular.error} onRetry={() => popular.refetch()} />;
  return (
    <ul className="perfume-grid" data-testid="popular-perfumes">
      {popular.data.items.map((perfume) => (
        <li key={perfume.id}>
          <PerfumeCard perfume={perfume} locale={locale} testId="popular-perfume" />
        </li>
      ))}
    </ul>
  );
}
