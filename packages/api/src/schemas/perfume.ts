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

export const perfumeSearchInputSchema = z.object({
  q: z.string().trim().max(100).optional(),
  accords: commaList(accordKeySchema).optional(),
  notes: commaList(z.string().min(1).max(60)).optional(),
  gender: genderKeySchema.optional(),
  season: seasonKeySchema.optional(),
  occasion: occasionKeySchema.optional(),
  limit: limitSchema,
  cursor: cursorSchema,
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
