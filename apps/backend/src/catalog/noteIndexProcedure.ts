import { operationDocs, publicProcedure } from '@scentence/api';
import { noteIndexSchema } from '@scentence/api/schemas';
import { noteFamilyOf } from '@scentence/api/vocabulary';
import type { PerfumeRepository } from '@scentence/db';
import { z } from 'zod';
import { CATALOG_CACHE } from './catalogCache';

const docs = operationDocs('notes');

/** Every note some perfume carries, with its family and how many perfumes carry it. */
export function noteIndexProcedure(perfumes: PerfumeRepository) {
  return publicProcedure
    .meta(
      docs.get('/notes', 'Every note, with its family', {
        description:
          'Every note at least one perfume carries, most carried first: its names, its family (the accord it mostly belongs to, null when none) and how many perfumes carry it.',
        cache: CATALOG_CACHE,
      }),
    )
    .input(z.object({}))
    .output(noteIndexSchema)
    .query(async () => {
      const notes = await perfumes.notesWithCounts();
      return { notes: notes.map((note) => ({ ...note, family: noteFamilyOf(note.slug) })) };
    });
}
