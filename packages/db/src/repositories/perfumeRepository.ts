import type { BrandPerfumeSort, PerfumeRecord, PerfumeSearchQuery } from '@scentence/api/schemas';
import type { AccordKey } from '@scentence/api/vocabulary';
import type { WeightedPerfume } from '@scentence/domain/taste';
import type { Sql } from '../connections';
import { mergeDuplicateBrands } from './brandMerge';
import { type BrandRow, brandAccordProfile, findBrandBySlug, perfumesOfBrand } from './brandPages';
import { catalogFacets } from './catalogFacets';
import { catalogNames, catalogNotes } from './catalogNames';
import { findNote, notesOfAccord, perfumesByAccord, perfumesWithNote } from './catalogPages';
import { catalogPages, perfumeIdPage } from './catalogSitemap';
import { catalogVersion } from './catalogVersion';
import { notesWithCounts } from './noteIndex';
import { countCatalog, findPerfumeById, findPerfumeSummaries } from './perfumeReads';
import { type RankedSearch, rankedSearch, searchPerfumes, suggest } from './perfumeSearch';
import { findSimilarPerfumes, nearestPerfumes, similarPerfumes } from './perfumeSimilar';
import { closestAmong, nearestToTaste, perfumesNamed, perfumeTasteFacts } from './perfumeTaste';
import { upsertPerfumes } from './perfumeWrites';
import { optimizeCatalog, syncAccordVocabulary } from './vocabularyWrites';

/** Everything the services do with perfume_db. */
export function createPerfumeRepository(sql: Sql) {
  return {
    /** Takes the query as `perfumeSearchInputSchema` parsed it (defaults applied): the input is checked once, at the edge. */
    search: (query: PerfumeSearchQuery) => searchPerfumes(sql, query),
    /** A search the backend planned: name matches first, then filters, text hits or accord weights. */
    rankedSearch: (search: RankedSearch) => rankedSearch(sql, search),
    suggest: (q: string, limit: number, leadingIds?: readonly number[]) => suggest(sql, q, limit, leadingIds),
    /** Bumped by every write that changes the catalog (seed, import, brand merge); one cheap read. */
    catalogVersion: () => catalogVersion(sql),
    /** Every perfume's names and its house's, for the backend's name index. */
    catalogNames: () => catalogNames(sql),
    /** The notes a search understands as words (for the intent vocabulary). */
    catalogNotes: () => catalogNotes(sql),
    /** Every perfume's facets and summary, most popular first, for the backend's facet index. */
    catalogFacets: () => catalogFacets(sql),
    /** Folds brand rows that name one house into one (see the import README). */
    mergeDuplicateBrands: () => mergeDuplicateBrands(sql),
    similar: (id: number, limit: number) => similarPerfumes(sql, id, limit),
    /** Similar perfumes with their reasons, or null when no perfume has this id. */
    findSimilar: (id: number, limit: number) => findSimilarPerfumes(sql, id, limit),
    nearest: (id: number, limit: number, options?: { model?: string; exact?: boolean }) =>
      nearestPerfumes(sql, id, limit, options),
    findNote: (slug: string) => findNote(sql, slug),
    perfumesWithNote: (slug: string, limit: number, cursor: number) => perfumesWithNote(sql, slug, limit, cursor),
    perfumesByAccord: (key: AccordKey, limit: number, cursor: number) => perfumesByAccord(sql, key, limit, cursor),
    notesOfAccord: (key: AccordKey, limit: number) => notesOfAccord(sql, key, limit),
    findBrandBySlug: (slug: string) => findBrandBySlug(sql, slug),
    brandAccordProfile: (brand: BrandRow, limit: number) => brandAccordProfile(sql, brand, limit),
    perfumesOfBrand: (brand: BrandRow, sort: BrandPerfumeSort, limit: number, cursor: number) =>
      perfumesOfBrand(sql, brand, sort, limit, cursor),
    notesWithCounts: () => notesWithCounts(sql),
    catalogPages: () => catalogPages(sql),
    perfumeIdPage: (limit: number, cursor: number) => perfumeIdPage(sql, limit, cursor),
    findById: (id: number) => findPerfumeById(sql, id),
    findSummaries: (ids: number[]) => findPerfumeSummaries(sql, ids),
    /** Accords, notes, fitting seasons and gender per perfume (the taste profile's and the wardrobe filters' facts). */
    tasteFacts: (ids: readonly number[]) => perfumeTasteFacts(sql, ids),
    /** Perfumes nearest the weighted liked perfumes, through the HNSW index, leaving out `exclude`. */
    nearestToTaste: (liked: readonly WeightedPerfume[], limit: number, exclude: readonly number[]) =>
      nearestToTaste(sql, liked, limit, exclude),
    /** For each candidate, the closest perfumes among `among` (which favourites a recommendation resembles). */
    closestAmong: (candidates: readonly number[], among: readonly number[], perCandidate: number) =>
      closestAmong(sql, candidates, among, perCandidate),
    /** Perfumes with one of these names, with their house (an imported wardrobe file's brand + name). */
    perfumesNamed: (names: readonly string[]) => perfumesNamed(sql, names),
    count: () => countCatalog(sql),
    upsert: (records: PerfumeRecord[]) => upsertPerfumes(sql, records),
    syncAccordVocabulary: () => syncAccordVocabulary(sql),
    optimize: () => optimizeCatalog(sql),
    ping: async () => {
      await sql`SELECT 1`;
    },
  };
}

export type PerfumeRepository = ReturnType<typeof createPerfumeRepository>;
