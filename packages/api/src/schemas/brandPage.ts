import { z } from 'zod';
import { CATALOG_SLUG_PATTERN } from './catalogPages';
import { cursorSchema, limitSchema } from './common';
import { BRAND_NAME_MAX_LENGTH, perfumeSearchResultSchema, SEARCH_SORTS, shareSchema } from './perfume';
import { accordKeySchema } from './vocabulary';

export const brandSlugSchema = z
  .string()
  .min(1)
  .max(BRAND_NAME_MAX_LENGTH)
  .regex(CATALOG_SLUG_PATTERN, 'must be a brand slug such as le-labo');

/** A house's perfumes are listed as search lists them, without text to be relevant to. */
export const brandPerfumeSortSchema = z.enum(SEARCH_SORTS).exclude(['relevance']);
export type BrandPerfumeSort = z.infer<typeof brandPerfumeSortSchema>;
export const BRAND_PERFUME_SORTS = brandPerfumeSortSchema.options;

export const brandPageInputSchema = z.object({
  slug: brandSlugSchema,
  sort: brandPerfumeSortSchema.default('popularity'),
  limit: limitSchema,
  cursor: cursorSchema,
});

/** How many accords a brand's profile lists. */
export const BRAND_PROFILE_ACCORDS = 8;

export const brandPageSchema = z.object({
  brand: z.object({
    /** The brand's address: `/brands/{slug}`. */
    slug: z.string(),
    name: z.string(),
    nameKo: z.string().nullable(),
    /** Where the house comes from (ISO 3166-1 alpha-2), null when we do not know. */
    country: z.string().length(2).nullable(),
    perfumes: z.number().int(),
  }),
  /**
   * The house's accord profile: the share (0–100) of its perfumes in which each accord is present,
   * commonest first, at most BRAND_PROFILE_ACCORDS.
   */
  accords: z.array(shareSchema(accordKeySchema)),
  perfumes: perfumeSearchResultSchema,
});
export type BrandPage = z.infer<typeof brandPageSchema>;
