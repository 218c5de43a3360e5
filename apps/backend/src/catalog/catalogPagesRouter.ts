import { publicProcedure, router } from '@scentence/api';
import { accordPageInputSchema, accordPageSchema, notePageInputSchema, notePageSchema } from '@scentence/api/schemas';
import { ACCORD_DESCRIPTIONS, ACCORDS, NOTE_DESCRIPTIONS, noteFamilyOf } from '@scentence/api/vocabulary';
import type { PerfumeRepository } from '@scentence/db';
import { TRPCError } from '@trpc/server';
import { brandPageProcedure } from './brandPageProcedure';
import { noteIndexProcedure } from './noteIndexProcedure';
import { sitemapProcedures } from './sitemapProcedures';

/** The note, accord and brand pages, the notes index, and the lists a sitemap is made of. */
export function createCatalogPagesRouter(perfumes: PerfumeRepository) {
  return router({
    brand: brandPageProcedure(perfumes),
    notes: noteIndexProcedure(perfumes),
    ...sitemapProcedures(perfumes),
    note: publicProcedure
      .meta({
        openapi: {
          method: 'GET',
          path: '/notes/{slug}',
          tags: ['notes'],
          summary: 'A note and its perfumes',
        },
        errors: { 404: 'No note has this slug (`NOT_FOUND`).' },
      })
      .input(notePageInputSchema)
      .output(notePageSchema)
      .query(async ({ input }) => {
        const note = await perfumes.findNote(input.slug);
        if (!note) throw new TRPCError({ code: 'NOT_FOUND', message: `No note "${input.slug}"` });
        const described = NOTE_DESCRIPTIONS[note.slug];
        return {
          note: {
            ...note,
            family: noteFamilyOf(note.slug),
            description: described ? { ko: described.ko, en: described.en } : null,
          },
          perfumes: await perfumes.perfumesWithNote(note.slug, input.limit, input.cursor),
        };
      }),

    accord: publicProcedure
      .meta({
        openapi: {
          method: 'GET',
          path: '/accords/{key}',
          tags: ['accords'],
          summary: 'An accord and its perfumes',
        },
      })
      .input(accordPageInputSchema)
      .output(accordPageSchema)
      .query(async ({ input }) => {
        const label = ACCORDS.find((accord) => accord.key === input.key)!;
        return {
          accord: { ...label, description: ACCORD_DESCRIPTIONS[input.key] },
          notes: await perfumes.notesOfAccord(input.key, 12),
          perfumes: await perfumes.perfumesByAccord(input.key, input.limit, input.cursor),
        };
      }),
  });
}
