'use client';

import { BRAND_PERFUME_SORTS, type BrandPage, type BrandPerfumeSort } from '@scentence/api/schemas';
import { usePathname, useRouter } from 'next/navigation';
import { SortSelect } from '../search/SortSelect';
import { trpc } from '../trpc/client';
import { brandQuery } from './brandParams';
import { PerfumePager } from './PerfumePager';
import { CATALOG_PAGE_SIZE } from './pageParams';
import { pagerStateOf } from './pagerStateOf';
// The order menu is the search page's own, and so is its look.
import '../search/search.css';

interface BrandPerfumesProps {
  page: BrandPage;
  sort: BrandPerfumeSort;
  from: number;
}

/** A house's perfumes in the order chosen: the server's first page, then more on demand. */
export function BrandPerfumes({ page, sort, from }: BrandPerfumesProps) {
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
  return (
    <>
      <div className="brand-perfumes__bar">
        <SortSelect
          options={BRAND_PERFUME_SORTS}
          value={sort}
          onChange={(chosen) => router.push(`${pathname}${brandQuery(chosen)}`, { scroll: false })}
          testId="brand-sort"
        />
      </div>
      <PerfumePager
        {...pagerStateOf(list, page)}
        moreHref={(cursor) => brandQuery(sort, cursor)}
        testId="brand-perfumes"
      />
    </>
  );
}
