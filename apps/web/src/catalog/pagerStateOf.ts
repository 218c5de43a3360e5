import type { PerfumeSummary } from '@scentence/api/schemas';

interface PerfumesPage {
  perfumes: { items: readonly PerfumeSummary[]; nextCursor: number | null };
}

/** The parts of an infinite query (plain or tRPC) that a perfume pager reads. */
interface PagedList<Page> {
  data?: { pages: Page[] };
  isFetchingNextPage: boolean;
  isFetchNextPageError: boolean;
  error: unknown;
  fetchNextPage: () => unknown;
}

/** A `PerfumePager`'s list and "more" state from an infinite catalog query, before it has data: the server's page. */
export function pagerStateOf<Page extends PerfumesPage>(list: PagedList<Page>, firstPage: Page) {
  const pages = list.data?.pages ?? [firstPage];
  return {
    perfumes: pages.flatMap((each) => each.perfumes.items),
    nextCursor: pages.at(-1)?.perfumes.nextCursor ?? null,
    loadingMore: list.isFetchingNextPage,
    error: list.isFetchNextPageError ? list.error : null,
    onMore: () => void list.fetchNextPage(),
  };
}
