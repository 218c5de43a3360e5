import { operationDocs, publicProcedure, router } from '@scentence/api';
import { accordPageInputSchema, accordPageSchema, notePageInputSchema, notePageSchema } from '@scentence/api/schemas';
import { ACCORD_DESCRIPTIONS, ACCORDS, NOTE_DESCRIPTIONS, noteFamilyOf } from '@scentence/api/vocabulary';
import type { PerfumeRepository } from '@scentence/db';
import { TRPCError, type TRPCRouterRecord } from '@trpc/server';
import { createAccordNotes } from './accordNotes';
import { brandPageProcedure } from './brandPageProcedure';
import { CATALOG_CACHE } from './catalogCache';
import { noteIndexProcedure } from './noteIndexProcedure';
import { sitemapProcedures } from './sitemapProcedures';

const noteDocs = operationDocs('notes');
const accordDocs = operationDocs('accords');

/**
 * The note, accord and brand pages, the notes index, and the lists a sitemap is made of.
 * `catalogVersion`: the version what is kept in memory is checked against (by default one query).
 */
export function createCatalogPagesRouter(
  perfumes: PerfumeRepository,
  catalogVersion: () => Promise<number> = perfumes.catalogVersion,
) {
  const accordNotes = createAccordNotes(perfumes, catalogVersion);
  const sitemap = sitemapProcedures(perfumes);
  return router({
    brand: brandPageProcedure(perfumes),
    notes: noteIndexProcedure(perfumes),
    pages: sitemap.pages,
    perfumeIds: sitemap.perfumeIds,
    note: publicProcedure
      .meta(
        noteDocs.get('/notes/{slug}', 'A note and its perfumes', {
          errors: { 404: 'No note has this slug (`NOT_FOUND`).' },
          cache: CATALOG_CACHE,
        }),
      )
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
      .meta(accordDocs.get('/accords/{key}', 'An accord and its perfumes', { cache: CATALOG_CACHE }))
      .input(accordPageInputSchema)
      .output(accordPageSchema)
      .query(async ({ input }) => {
        const label = ACCORDS.find((accord) => accord.key === input.key)!;
        const [notes, perfumesOfAccord] = await Promise.all([
          accordNotes(input.key),
          perfumes.perfumesByAccord(input.key, input.limit, input.cursor),
        ]);
        return {
          accord: { ...label, description: ACCORD_DESCRIPTIONS[input.key] },
          notes,
          perfumes: perfumesOfAccord,
        };
      }),
  } satisfies TRPCRouterRecord);
}
