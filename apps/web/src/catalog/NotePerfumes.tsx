'use client';

import type { NotePage } from '@scentence/api/schemas';
import { trpc } from '../trpc/client';
import { PerfumePager } from './PerfumePager';
import { CATALOG_PAGE_SIZE } from './pageParams';

/** The perfumes carrying a note: the server's first page, then more on demand. */
export function NotePerfumes({ page, from }: { page: NotePage; from: number }) {
  const list = trpc.catalog.note.useInfiniteQuery(
    { slug: page.note.slug, limit: CATALOG_PAGE_SIZE },
    {
      initialCursor: from,
      initialData: { pages: [page], pageParams: [from] },
      getNextPageParam: (last) => last.perfumes.nextCursor,
    },
  );
  const pages = list.data?.pages ?? [page];
  return (
    <PerfumePager
      perfumes={pages.flatMap((each) => each.perfumes.items)}
      nextCursor={pages.at(-1)?.perfumes.nextCursor ?? null}
      loadingMore={list.isFetchingNextPage}
      error={list.isFetchNextPageError ? list.error : null}
      onMore={() => list.fetchNextPage()}
      testId="note-perfumes"
    />
  );
}
