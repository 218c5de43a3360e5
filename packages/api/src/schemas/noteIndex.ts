import { z } from 'zod';
import { accordKeySchema } from './vocabulary';

export const noteIndexEntrySchema = z.object({
  slug: z.string(),
  name: z.string(),
  nameKo: z.string().nullable(),
  /** The accord the note mostly belongs to, null when nothing places it. */
  family: accordKeySchema.nullable(),
  /** How many perfumes carry it. */
  perfumes: z.number().int(),
});
export type NoteIndexEntry = z.infer<typeof noteIndexEntrySchema>;

/** Every note that some perfume carries, most carried first. */
export const noteIndexSchema = z.object({ notes: z.array(noteIndexEntrySchema) });
export type NoteIndex = z.infer<typeof noteIndexSchema>;
