import { z } from 'zod';
import { commaList, cursorSchema, limitSchema } from './common';
import {
  accordKeySchema,
  concentrationKeySchema,
  genderKeySchema,
  notePositionSchema,
  occasionKeySchema,
  seasonKeySchema,
} from './vocabulary';

export const perfumeIdSchema = z.coerce.number().int().positive();

export const accordStrengthSchema = z.object({
  key: accordKeySchema,
  strength: z.number().min(0).max(100),
});

export const shareSchema = <K extends z.ZodType<string>>(key: K) =>
  z.object({ key, share: z.number().min(0).max(100) });

export const perfumeNoteSchema = z.object({
  slug: z.string(),
  name: z.string(),
  nameKo: z.string().nullable(),
  position: notePositionSchema,
});

export const perfumeSummarySchema = z.object({
  id: z.number().int(),
  brand: z.string(),
  brandKo: z.string().nullable(),
  name: z.string(),
  nameKo: z.string().nullable(),
  year: z.number().int().nullable(),
  concentration: concentrationKeySchema.nullable(),
  gender: genderKeySchema,
  imageUrl: z.string().nullable(),
  /** Strongest accords first. */
  accords: z.array(accordStrengthSchema),
});
export type PerfumeSummary = z.infer<typeof perfumeSummarySchema>;

export const perfumeDetailSchema = perfumeSummarySchema.extend({
  perfumers: z.array(z.string()),
  notes: z.array(perfumeNoteSchema),
  seasons: z.array(shareSchema(seasonKeySchema)),
  occasions: z.array(shareSchema(occasionKeySchema)),
  /** Mean on 1 (very weak) … 5 (eternal), null when unknown. */
  longevity: z.number().min(1).max(5).nullable(),
  /** Mean on 1 (intimate) … 4 (enormous), null when unknown. */
  sillage: z.number().min(1).max(4).nullable(),
});
export type PerfumeDetail = z.infer<typeof perfumeDetailSchema>;

export const SEARCH_SORTS = ['relevance', 'popularity', 'newest', 'oldest', 'name'] as const;
const yearSchema = z.coerce.number().int().min(1700).max(2100);

export const perfumeSearchInputSchema = z
  .object({
    /** Korean or English, over brand, perfume and note names; tolerant of typos and spacing. */
    q: z.string().trim().max(100).optional(),
    accords: commaList(accordKeySchema).optional(),
    /** `all`: every listed accord must be present; `any`: at least one. */
    accordMode: z.enum(['all', 'any']).default('all'),
    notes: commaList(z.string().min(1).max(60)).optional(),
    excludeNotes: commaList(z.string().min(1).max(60)).optional(),
    gender: genderKeySchema.optional(),
    season: seasonKeySchema.optional(),
    occasion: occasionKeySchema.optional(),
    yearFrom: yearSchema.optional(),
    yearTo: yearSchema.optional(),
    brand: z.string().trim().min(1).max(120).optional(),
    /** `relevance` ranks by text match when there is a query, by popularity otherwise. */
    sort: z.enum(SEARCH_SORTS).default('relevance'),
    limit: limitSchema,
    cursor: cursorSchema,
  })
  .refine((input) => input.yearFrom === undefined || input.yearTo === undefined || input.yearFrom <= input.yearTo, {
    path: ['yearTo'],
    message: 'must not be before yearFrom',
  });
export type PerfumeSearchInput = z.input<typeof perfumeSearchInputSchema>;
export type PerfumeSearchQuery = z.output<typeof perfumeSearchInputSchema>;

export const perfumeSearchResultSchema = z.object({
  items: z.array(perfumeSummarySchema),
  total: z.number().int(),
  nextCursor: z.number().int().nullable(),
});
export type PerfumeSearchResult = z.infer<typeof perfumeSearchResultSchema>;

export const perfumeByIdInputSchema = z.object({ id: perfumeIdSchema });

export const perfumeSuggestInputSchema = z.object({
  q: z.string().trim().min(1).max(60),
  limit: z.coerce.number().int().min(1).max(10).default(6),
});

export const perfumeSuggestionsSchema = z.object({
  perfumes: z.array(perfumeSummarySchema.pick({ id: true, brand: true, brandKo: true, name: true, nameKo: true })),
  brands: z.array(z.object({ name: z.string(), nameKo: z.string().nullable(), perfumes: z.number().int() })),
  notes: z.array(perfumeNoteSchema.pick({ slug: true, name: true, nameKo: true })),
});
export type PerfumeSuggestions = z.infer<typeof perfumeSuggestionsSchema>;

export const similarInputSchema = z.object({
  id: perfumeIdSchema,
  limit: z.coerce.number().int().min(1).max(30).default(10),
});

export const similarPerfumeSchema = z.object({
  perfume: perfumeSummarySchema,
  /** Cosine similarity of the two perfumes' embeddings, 0..1. */
  similarity: z.number(),
  /** Why: the accords both carry (strength ≥ 30 in each), strongest first, and the notes they share. */
  sharedAccords: z.array(accordKeySchema),
  sharedNotes: z.array(perfumeNoteSchema.pick({ slug: true, name: true, nameKo: true })),
});
export const similarPerfumesSchema = z.object({ items: z.array(similarPerfumeSchema) });
export type SimilarPerfumes = z.infer<typeof similarPerfumesSchema>;
