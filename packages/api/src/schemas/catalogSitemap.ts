import { z } from 'zod';
import { cursorSchema, integerParam } from './common';

/** What a sitemap lists besides the perfumes: every brand and note page, and how many perfumes there are. */
export const catalogPagesSchema = z.object({
  perfumes: z.number().int(),
  /** Slugs of the brands with at least one perfume. */
  brands: z.array(z.string()),
  /** Slugs of the notes at least one perfume carries. */
  notes: z.array(z.string()),
});
export type CatalogPages = z.infer<typeof catalogPagesSchema>;

/** The most perfume ids one page of `catalog.perfumeIds` gives. */
export const PERFUME_ID_PAGE_MAX = 5000;

export const perfumeIdPageInputSchema = z.object({
  limit: integerParam(1, PERFUME_ID_PAGE_MAX).prefault(1000),
  cursor: cursorSchema,
});

/** Perfume ids in id order, each with when it last changed. */
export const perfumeIdPageSchema = z.object({
  items: z.array(z.object({ id: z.number().int(), updatedAt: z.iso.datetime({ offset: true }) })),
  nextCursor: z.number().int().nullable(),
});
export type PerfumeIdPage = z.infer<typeof perfumeIdPageSchema>;
