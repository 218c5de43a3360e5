'use client';

import type { AccordPage, NotePage } from '@scentence/api/schemas';
import { useInfiniteQuery } from '@tanstack/react-query';
import { trpc } from '../trpc/client';
import { PerfumePager } from './PerfumePager';
import { CATALOG_PAGE_SIZE } from './pageParams';
import { pagerStateOf } from './pagerStateOf';

type IngredientPerfumesProps = { from: number } & (
  | { kind: 'note'; page: NotePage }
  | { kind: 'accord'; page: AccordPage }
);

/** The perfumes carrying a note or strongest in an accord: the server's first page, then more on demand. */
export function IngredientPerfumes(props: IngredientPerfumesProps) {
  const { from, page } = props;
  const client = trpc.useUtils().client;
  const name = props.kind === 'note' ? props.page.note.slug : props.page.accord.key;
  const fetchPage = (cursor: number): Promise<NotePage | AccordPage> =>
    props.kind === 'note'
      ? client.catalog.note.query({ slug: props.page.note.slug, cursor, limit: CATALOG_PAGE_SIZE })
      : client.catalog.accord.query({ key: props.page.accord.key, cursor, limit: CATALOG_PAGE_SIZE });
  const list = useInfiniteQuery({
    queryKey: ['catalog', props.kind, name],
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: from,
    initialData: { pages: [page], pageParams: [from] },
    getNextPageParam: (last) => last.perfumes.nextCursor,
  });
  return <PerfumePager {...pagerStateOf(list, page)} testId={`${props.kind}-perfumes`} />;
}
