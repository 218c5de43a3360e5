import { type PerfumeRecord, type PerfumeSearchInput, perfumeSearchInputSchema } from '@scentence/api/schemas';
import type { AccordKey } from '@scentence/api/vocabulary';
import type { Sql } from '../connections';
import { findNote, notesOfAccord, perfumesByAccord, perfumesWithNote } from './catalogPages';
import { countCatalog, findPerfumeById, findPerfumeSummaries } from './perfumeReads';
import { searchPerfumes, suggest } from './perfumeSearch';
import { nearestPerfumes, similarPerfumes } from './perfumeSimilar';
import { saveEmbeddings, upsertPerfumes } from './perfumeWrites';
import { optimizeCatalog, syncAccordVocabulary } from './vocabularyWrites';

/** Everything the services do with perfume_db. */
export function createPerfumeRepository(sql: Sql) {
  return {
    /** Takes the API's input (defaults applied here), so scripts and other services can call it too. */
    search: (query: PerfumeSearchInput) => searchPerfumes(sql, perfumeSearchInputSchema.parse(query)),
    suggest: (q: string, limit: number) => suggest(sql, q, limit),
    similar: (id: number, limit: number) => similarPerfumes(sql, id, limit),
    nearest: (id: number, limit: number, options?: { model?: string; exact?: boolean }) =>
      nearestPerfumes(sql, id, limit, options),
    findNote: (slug: string) => findNote(sql, slug),
    perfumesWithNote: (slug: string, limit: number, cursor: number) => perfumesWithNote(sql, slug, limit, cursor),
    perfumesByAccord: (key: AccordKey, limit: number, cursor: number) => perfumesByAccord(sql, key, limit, cursor),
    notesOfAccord: (key: AccordKey, limit: number) => notesOfAccord(sql, key, limit),
    findById: (id: number) => findPerfumeById(sql, id),
    findSummaries: (ids: number[]) => findPerfumeSummaries(sql, ids),
    count: () => countCatalog(sql),
    upsert: (records: PerfumeRecord[]) => upsertPerfumes(sql, records),
    saveEmbeddings: (model: string, items: { perfumeId: number; vector: number[] }[]) =>
      saveEmbeddings(sql, model, items),
    syncAccordVocabulary: () => syncAccordVocabulary(sql),
    optimize: () => optimizeCatalog(sql),
    ping: async () => {
      await sql`SELECT 1`;
    },
  };
}

export type PerfumeRepository = ReturnType<typeof createPerfumeRepository>;
