'use client';

import { BRAND_PERFUME_SORTS, type BrandPage, type BrandPerfumeSort } from '@scentence/api/schemas';
import { usePathname, useRouter } from 'next/navigation';
import { useI18n } from '../i18n/I18nProvider';
import { trpc } from '../trpc/client';
import { brandQuery } from './brandParams';
import { PerfumePager } from './PerfumePager';
import { CATALOG_PAGE_SIZE } from './pageParams';
// The order menu looks as it does on the search page.
import '../search/search.css';

interface BrandPerfumesProps {
  page: BrandPage;
  sort: BrandPerfumeSort;
  from: number;
}

/** A house's perfumes in the order chosen: the server's first page, then more on demand. */
export function BrandPerfumes({ page, sort, from }: BrandPerfumesProps) {
  const { t } = useI18n();
  const router = useRouter();
  const pathname = usePathname();
  const list = trpc.catalog.brand.useInfiniteQuery(
    { slug: page.brand.slug, sort, limit: CATALOG_PAGE_SIZE },
    {
      initialCursor: from,
      initialData: { pages: [page], pageParams: [from] },
      getNextPageParam: (last) => last.perfumes.nextCursor,
    },
  );
  const pages = list.data?.pages ?? [page];
  return (
    <>
      <div className="brand-perfumes__bar">
        <label className="sort-select">
          <span className="sort-select__label">{t.search.sort}</span>
          <select
            className="sort-select__input"
            value={sort}
            data-testid="brand-sort"
            onChange={(event) => {
              const chosen = BRAND_PERFUME_SORTS.find((option) => option === event.target.value) ?? 'popularity';
              router.push(`${pathname}${brandQuery(chosen)}`, { scroll: false });
            }}
          >
            {BRAND_PERFUME_SORTS.map((option) => (
              <option key={option} value={option}>
                {t.search.sorts[option]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <PerfumePager
        perfumes={pages.flatMap((each) => each.perfumes.items)}
        nextCursor={pages.at(-1)?.perfumes.nextCursor ?? null}
        loadingMore={list.isFetchingNextPage}
        error={list.isFetchNextPageError ? list.error : null}
        onMore={() => list.fetchNextPage()}
        moreHref={(cursor) => brandQuery(sort, cursor)}
        testId="brand-perfumes"
      />
    </>
  );
}
