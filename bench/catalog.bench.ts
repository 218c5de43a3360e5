import path from 'node:path';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { PerfumeRecord, PerfumeSearchQuery } from '@scentence/api/schemas';
import { createPerfumeRepository, type PerfumeRepository } from '@scentence/db';
import { createCatalogIndexCache } from '../apps/backend/src/perfume/catalogIndexCache';
import { createPerfumeSearch } from '../apps/backend/src/perfume/perfumeSearchService';
import { FRAGRANTICA_CATALOG, importFragranticaCatalog } from './support/fragranticaCatalog';
import { timingLine as line, type Percentiles, spread, timeEach } from './support/timing';

const SAMPLES = 200;
/** What people type for a kind of perfume rather than one: accords, notes, seasons, gender, moods. */
const INTENT_QUERIES = [
  '우디',
  'woody',
  '플로럴',
  '여름',
  '남자 향수',
  '여름 시트러스',
  '장미',
  '바닐라',
  '시원한 향수',
  'summer',
  '데일리',
  '우디 말고 플로럴',
];
const K = 10;

/** Swaps two letters in the middle of a word: the typo people make. */
function typo(text: string): string {
  const i = Math.floor(text.length / 2);
  return text.length < 4 ? text : text.slice(0, i - 1) + text[i] + text[i - 1] + text.slice(i + 1);
}

function query(q: Partial<PerfumeSearchQuery>): PerfumeSearchQuery {
  return { accordMode: 'all', sort: 'relevance', limit: 20, cursor: 0, ...q };
}

/** `p50` of a timing as a multiple of the baseline's, for the line's tail. */
function timesBaseline(timing: Percentiles, baseline: Percentiles): string {
  return `  ${(timing.p50 / baseline.p50).toFixed(1)}× baseline`;
}

/** Two of a sampled perfume's accords and its gender: a filter-chip search. */
const accordsAndGender = (r: PerfumeRecord) =>
  query({ accords: Object.keys(r.accords).slice(0, 2) as PerfumeSearchQuery['accords'], gender: r.gender });

/** The repository's own search (SQL only) beside a primary-key lookup. */
async function repositorySearch(perfumes: PerfumeRepository, sampleIds: number[], sampleRecords: PerfumeRecord[]) {
  return {
    lookup: await timeEach(sampleIds, (id) => perfumes.findSummaries([id])),
    byName: await timeEach(sampleRecords, (r) => perfumes.search(query({ q: r.name }))),
    byTypo: await timeEach(sampleRecords, (r) => perfumes.search(query({ q: typo(r.name) }))),
    filtered: await timeEach(sampleRecords, (r) => perfumes.search(accordsAndGender(r))),
  };
}

/** The heap in use once garbage is collected (the bench is not started with --expose-gc). */
function settledHeapBytes(): number {
  v8.setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
  return process.memoryUsage().heapUsed;
}

/**
 * The backend's search as users reach it: the in-memory name index, intent words, then the SQL
 * above or, for a search without text hits, the facet index.
 */
async function backendSearch(perfumes: PerfumeRepository, sampleRecords: PerfumeRecord[]) {
  const heapBefore = settledHeapBytes();
  const indexStarted = performance.now();
  const search = createPerfumeSearch(perfumes, createCatalogIndexCache(perfumes));
  await search.warm();
  const indexSeconds = (performance.now() - indexStarted) / 1000;
  const indexMegabytes = (settledHeapBytes() - heapBefore) / 2 ** 20;
  return {
    indexSeconds,
    indexMegabytes,
    filtered: await timeEach(sampleRecords, (r) => search.search(accordsAndGender(r))),
    byName: await timeEach(sampleRecords, (r) => search.search(query({ q: r.name }))),
    byTypo: await timeEach(sampleRecords, (r) => search.search(query({ q: typo(r.name) }))),
    byBrandAndName: await timeEach(sampleRecords, (r) => search.search(query({ q: `${r.brand}${r.name}` }))),
    byIntent: await timeEach(INTENT_QUERIES, (q) => search.search(query({ q }))),
  };
}

/** Nearest perfumes through the HNSW index beside an exact scan, with the index's recall@K. */
async function nearestNeighbours(perfumes: PerfumeRepository, sampleIds: number[]) {
  let hits = 0;
  const exactAnswers = new Map<number, number[]>();
  const exact = await timeEach(sampleIds, async (id) => {
    exactAnswers.set(
      id,
      (await perfumes.nearest(id, K, { exact: true })).map((n) => n.perfumeId),
    );
  });
  const hnsw = await timeEach(sampleIds, async (id) => {
    const found = (await perfumes.nearest(id, K)).map((n) => n.perfumeId);
    const truth = new Set(exactAnswers.get(id));
    hits += found.filter((perfumeId) => truth.has(perfumeId)).length;
  });
  return { exact, hnsw, recall: hits / (sampleIds.length * K) };
}

/**
 * Over the 38k Fragrantica catalog: search latency (exact names, typos, filters) beside a
 * primary-key lookup, and similar perfumes through the HNSW index beside an exact scan, with
 * the index's recall@10 against the exact answer.
 */
export async function run(): Promise<string[]> {
  const catalog = await importFragranticaCatalog(['perfume']);
  if (!catalog) return [`catalog: skipped, ${FRAGRANTICA_CATALOG} is absent`];
  const { databases, records, ids } = catalog;
  try {
    const perfumes = createPerfumeRepository(databases.get('perfume'));
    const sampleIds = spread(ids, SAMPLES);
    const sampleRecords = spread(records, SAMPLES);

    const repository = await repositorySearch(perfumes, sampleIds, sampleRecords);
    const served = await backendSearch(perfumes, sampleRecords);
    const nearest = await nearestNeighbours(perfumes, sampleIds);
    const withReasons = await timeEach(sampleIds, (id) => perfumes.similar(id, K));

    const { lookup } = repository;
    return [
      `catalog: ${ids.length.toLocaleString('en-US')} perfumes from ${path.basename(FRAGRANTICA_CATALOG)}, embedded database, ${SAMPLES} samples each, one client`,
      line('perfume by id (baseline)', lookup),
      line('search by name', repository.byName, timesBaseline(repository.byName, lookup)),
      line('search by name with a typo', repository.byTypo, timesBaseline(repository.byTypo, lookup)),
      line('search by two accords + gender', repository.filtered, timesBaseline(repository.filtered, lookup)),
      `  backend search (name and facet index built in ${served.indexSeconds.toFixed(1)} s, heap +${Math.round(served.indexMegabytes)} MB; then names in memory + the SQL above; searches without text hits from the facet index):`,
      line('  by two accords + gender (facet index)', served.filtered, timesBaseline(served.filtered, lookup)),
      line('  by name', served.byName, timesBaseline(served.byName, lookup)),
      line('  by name with a typo', served.byTypo, timesBaseline(served.byTypo, lookup)),
      line('  brand and name run together', served.byBrandAndName, timesBaseline(served.byBrandAndName, lookup)),
      line('  intent words ("우디", "여름 시트러스")', served.byIntent, timesBaseline(served.byIntent, lookup)),
      line(`nearest ${K}, exact scan (baseline)`, nearest.exact),
      line(
        `nearest ${K}, HNSW index`,
        nearest.hnsw,
        `  ${(nearest.exact.p50 / nearest.hnsw.p50).toFixed(1)}× faster, recall@${K} ${nearest.recall.toFixed(3)}`,
      ),
      line('similar perfumes with reasons (API)', withReasons),
    ];
  } finally {
    await databases.close();
  }
}
