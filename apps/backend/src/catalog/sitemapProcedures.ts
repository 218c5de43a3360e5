import { operationDocs, publicProcedure } from '@scentence/api';
import { catalogPagesSchema, perfumeIdPageInputSchema, perfumeIdPageSchema } from '@scentence/api/schemas';
import type { PerfumeRepository } from '@scentence/db';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { CATALOG_CACHE } from './catalogCache';

const docs = operationDocs('catalog');

/** What a sitemap needs to list every catalog page: brand and note slugs, then perfume ids page by page. */
export function sitemapProcedures(perfumes: PerfumeRepository) {
  return {
    pages: publicProcedure
      .meta(
        docs.get('/catalog/pages', 'Every brand and note page', {
          description:
            'The slugs of every brand with a perfume and every note a perfume carries, and how many perfumes there are (their ids come from `/catalog/perfume-ids`).',
          cache: CATALOG_CACHE,
        }),
      )
      .input(z.object({}))
      .output(catalogPagesSchema)
      .query(() => perfumes.catalogPages()),

    perfumeIds: publicProcedure
      .meta(
        docs.get('/catalog/perfume-ids', 'Every perfume id, page by page', {
          description:
            'Perfume ids in id order with when each perfume last changed, `limit` at a time from position `cursor`; `nextCursor` is null on the last page.',
          cache: CATALOG_CACHE,
        }),
      )
      .input(perfumeIdPageInputSchema)
      .output(perfumeIdPageSchema)
      .query(({ input }) => perfumes.perfumeIdPage(input.limit, input.cursor)),
  } satisfies TRPCRouterRecord;
}
