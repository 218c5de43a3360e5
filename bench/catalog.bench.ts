import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { PerfumeSearchQuery } from '@scentence/api/schemas';
import { createPerfumeRepository, openDatabases } from '@scentence/db';
import { createCatalogIndexCache } from '../apps/backend/src/perfume/catalogIndexCache';
import { createPerfumeSearch } from '../apps/backend/src/perfume/perfumeSearchService';
import { DEFAULT_BATCH_SIZE, parseCatalog, writeCatalogRecords } from '../packages/db/src/import/importCatalog';
import { timingLine as line, spread, timeEach } from './support/timing';

const root = path.resolve(import.meta.dirname, '..');
const CATALOG = path.resolve(root, '../shared/data/fragrantica-38k.csv');
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

/**
 * Over the 38k Fragrantica catalog: search latency (exact names, typos, filters) beside a
 * primary-key lookup, and similar perfumes through the HNSW index beside an exact scan, with
 * the index's recall@10 against the exact answer.
 */
export async function run(): Promise<string[]> {
  if (!existsSync(CATALOG)) return [`catalog: skipped, ${CATALOG} is absent`];
  const parsed = parseCatalog(CATALOG, await readFile(CATALOG, 'utf8'));
  const records = parsed.rows.flatMap((row) => (row.record ? [row.record] : []));
  const databases = await openDatabases({ urls: {}, open: ['perfume'] });
  try {
    const sql = databases.get('perfume');
    await writeCatalogRecords(sql, records, { batchSize: DEFAULT_BATCH_SIZE });
    const perfumes = createPerfumeRepository(sql);
    const ids = (await sql<{ id: number }[]>`SELECT id FROM perfumes ORDER BY id`).map((row) => row.id);
    const sampleIds = spread(ids, SAMPLES);
    const sampleRecords = spread(records, SAMPLES);
    const query = (q: Partial<PerfumeSearchQuery>): PerfumeSearchQuery => ({
      accordMode: 'all',
      sort: 'relevance',
      limit: 20,
      cursor: 0,
      ...q,
    });

    const lookup = await timeEach(sampleIds, (id) => perfumes.findSummaries([id]));
    const byName = await timeEach(sampleRecords, (r) => perfumes.search(query({ q: r.name })));
    const byTypo = await timeEach(sampleRecords, (r) => perfumes.search(query({ q: typo(r.name) })));
    const filtered = await timeEach(sampleRecords, (r) =>
      perfumes.search(
        query({ accords: Object.keys(r.accords).slice(0, 2) as PerfumeSearchQuery['accords'], gender: r.gender }),
      ),
    );

    // The backend's search as users reach it: the in-memory name index, intent words, then the SQL above.
    const indexStarted = performance.now();
    const search = createPerfumeSearch(perfumes, createCatalogIndexCache(perfumes));
    await search.warm();
    const indexSeconds = (performance.now() - indexStarted) / 1000;
    const served = {
      byName: await timeEach(sampleRecords, (r) => search.search(query({ q: r.name }))),
      byTypo: await timeEach(sampleRecords, (r) => search.search(query({ q: typo(r.name) }))),
      byBrandAndName: await timeEach(sampleRecords, (r) => search.search(query({ q: `${r.brand}${r.name}` }))),
      byIntent: await timeEach(INTENT_QUERIES, (q) => search.search(query({ q }))),
    };

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
    const recall = hits / (sampleIds.length * K);
    const withReasons = await timeEach(sampleIds, (id) => perfumes.similar(id, K));

    return [
      `catalog: ${ids.length.toLocaleString('en-US')} perfumes from ${path.basename(CATALOG)}, embedded database, ${SAMPLES} samples each, one client`,
      line('perfume by id (baseline)', lookup),
      line('search by name', byName, `  ${(byName.p50 / lookup.p50).toFixed(1)}× baseline`),
      line('search by name with a typo', byTypo, `  ${(byTypo.p50 / lookup.p50).toFixed(1)}× baseline`),
      line('search by two accords + gender', filtered, `  ${(filtered.p50 / lookup.p50).toFixed(1)}× baseline`),
      `  backend search (name index built in ${indexSeconds.toFixed(1)} s, then names in memory + the SQL above):`,
      line('  by name', served.byName, `  ${(served.byName.p50 / lookup.p50).toFixed(1)}× baseline`),
      line('  by name with a typo', served.byTypo, `  ${(served.byTypo.p50 / lookup.p50).toFixed(1)}× baseline`),
      line(
        '  brand and name run together',
        served.byBrandAndName,
        `  ${(served.byBrandAndName.p50 / lookup.p50).toFixed(1)}× baseline`,
      ),
      line(
        '  intent words ("우디", "여름 시트러스")',
        served.byIntent,
        `  ${(served.byIntent.p50 / lookup.p50).toFixed(1)}× baseline`,
      ),
      line(`nearest ${K}, exact scan (baseline)`, exact),
      line(
        `nearest ${K}, HNSW index`,
        hnsw,
        `  ${(exact.p50 / hnsw.p50).toFixed(1)}× faster, recall@${K} ${recall.toFixed(3)}`,
      ),
      line('similar perfumes with reasons (API)', withReasons),
    ];
  } finally {
    await databases.close();
  }
}
