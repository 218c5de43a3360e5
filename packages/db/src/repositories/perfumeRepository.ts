import type { PerfumeRecord, PerfumeSearchQuery } from '@scentence/api/schemas';
import type { Sql } from '../connections';
import { countCatalog, findPerfumeById, findPerfumeSummaries, searchPerfumes } from './perfumeReads';
import { saveEmbeddings, upsertPerfumes } from './perfumeWrites';
import { syncAccordVocabulary } from './vocabularyWrites';

/** Everything the services do with perfume_db. */
export function createPerfumeRepository(sql: Sql) {
  return {
    search: (query: PerfumeSearchQuery) => searchPerfumes(sql, query),
    findById: (id: number) => findPerfumeById(sql, id),
    findSummaries: (ids: number[]) => findPerfumeSummaries(sql, ids),
    count: () => countCatalog(sql),
    upsert: (records: PerfumeRecord[]) => upsertPerfumes(sql, records),
    saveEmbeddings: (model: string, items: { perfumeId: number; vector: number[] }[]) =>
      saveEmbeddings(sql, model, items),
    syncAccordVocabulary: () => syncAccordVocabulary(sql),
    ping: async () => {
      await sql`SELECT 1`;
    },
  };
}

export type PerfumeRepository = ReturnType<typeof createPerfumeRepository>;
