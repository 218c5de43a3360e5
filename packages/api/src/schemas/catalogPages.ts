import { z } from 'zod';
import { cursorSchema, limitSchema } from './common';
import { perfumeSearchResultSchema } from './perfume';
import { accordKeySchema, accordLabelSchema } from './vocabulary';

export const descriptionSchema = z.object({ ko: z.string(), en: z.string() });

export const noteSlugSchema = z
  .string()
  .trim()
  .min(1)
  .max(80)
  .regex(/^[\p{L}\p{N}]+(-[\p{L}\p{N}]+)*$/u, 'must be a note slug such as pink-pepper');

export const notePageInputSchema = z.object({ slug: noteSlugSchema, limit: limitSchema, cursor: cursorSchema });

export const notePageSchema = z.object({
  note: z.object({
    slug: z.string(),
    name: z.string(),
    nameKo: z.string().nullable(),
    /** The accord the note mostly belongs to, when we describe it. */
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
