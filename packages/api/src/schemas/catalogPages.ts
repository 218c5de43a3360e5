import { z } from 'zod';
import { cursorSchema, limitSchema } from './common';
import { perfumeSearchResultSchema } from './perfume';
import { accordKeySchema, accordLabelSchema } from './vocabulary';

export const descriptionSchema = z.object({ ko: z.string(), en: z.string() });

/** Notes' and brands' addresses: letters and digits in words joined by hyphens ("pink-pepper"). */
export const CATALOG_SLUG_PATTERN = /^[\p{L}\p{N}]+(-[\p{L}\p{N}]+)*$/u;

export const noteSlugSchema = z
  .string()
  .min(1)
  .max(80)
  .regex(CATALOG_SLUG_PATTERN, 'must be a note slug such as pink-pepper');

export const notePageInputSchema = z.object({ slug: noteSlugSchema, limit: limitSchema, cursor: cursorSchema });

export const notePageSchema = z.object({
  note: z.object({
    slug: z.string(),
    name: z.string(),
    nameKo: z.string().nullable(),
    /** The accord the note mostly belongs to (`noteFamilyOf`), null when nothing places it. */
    family: accordKeySchema.nullable(),
    description: descriptionSchema.nullable(),
    perfumes: z.number().int(),
  }),
  perfumes: perfumeSearchResultSchema,
});
export type NotePage = z.infer<typeof notePageSchema>;

export const accordPageInputSchema = z.object({ key: accordKeySchema, limit: limitSchema, cursor: cursorSchema });

export const accordPageSchema = z.object({
  accord: accordLabelSchema.extend({ description: descriptionSchema }),
  /** The notes that most often build this accord in the catalog. */
  notes: z.array(
    z.object({ slug: z.string(), name: z.string(), nameKo: z.string().nullable(), perfumes: z.number().int() }),
  ),
  perfumes: perfumeSearchResultSchema,
});
export type AccordPage = z.infer<typeof accordPageSchema>;
