import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { openDatabases } from '@scentence/db';
import { DEFAULT_BATCH_SIZE, parseCatalog, writeCatalogRecords } from '../packages/db/src/import/importCatalog';

const root = path.resolve(import.meta.dirname, '..');
const CATALOG = path.resolve(root, '../shared/data/fragrantica-38k.csv');

const seconds = (from: number) => (performance.now() - from) / 1000;
const perSecond = (rows: number, time: number) => Math.round(rows / time).toLocaleString('en-US');

/**
 * `npm run import` of the 38k Fragrantica CSV into a fresh in-memory embedded database, against
 * the baseline of reading and mapping the same file without a database, in one run.
 */
export async function run(): Promise<string[]> {
  if (!existsSync(CATALOG)) return [`import: skipped, ${CATALOG} is absent`];
  const text = await readFile(CATALOG, 'utf8');

  const parseStarted = performance.now();
  const parsed = parseCatalog(CATALOG, text);
  const parseSeconds = seconds(parseStarted);
  const records = parsed.rows.flatMap((row) => (row.record ? [row.record] : []));

  const databases = await openDatabases({ urls: {}, open: ['perfume'] });
  try {
    const sql = databases.get('perfume');
    const firstStarted = performance.now();
    const marks: Record<string, number> = {};
    const first = await writeCatalogRecords(sql, records, {
      batchSize: DEFAULT_BATCH_SIZE,
      rebuildVectorIndex: true,
      onProgress: (step) => {
        marks[step] ??= performance.now();
      },
      onIndexBuild: () => {
        marks.index = performance.now();
      },
    });
    const firstSeconds = seconds(firstStarted);
    const end = performance.now();
    const phase = (from: number | undefined, to: number | undefined) =>
      from === undefined || to === undefined ? '?' : ((to - from) / 1000).toFixed(1);
    const againStarted = performance.now();
    const again = await writeCatalogRecords(sql, records, { batchSize: DEFAULT_BATCH_SIZE, rebuildVectorIndex: true });
    const againSeconds = seconds(againStarted);
    const total = parseSeconds + firstSeconds;
    const rows = parsed.rows.length;
    return [
      `import: ${rows.toLocaleString('en-US')} rows of ${path.basename(CATALOG)} (${records.length.toLocaleString('en-US')} valid), batches of ${DEFAULT_BATCH_SIZE}, embedded in-memory database, local embedder`,
      `  read + map only (baseline)   ${parseSeconds.toFixed(2).padStart(6)} s  ${perSecond(rows, parseSeconds).padStart(8)} rows/s`,
      `  import into an empty catalog ${total.toFixed(2).padStart(6)} s  ${perSecond(rows, total).padStart(8)} rows/s  ${(total / parseSeconds).toFixed(1)}× baseline  (inserted ${first.inserted.toLocaleString('en-US')})`,
      `    of which: perfumes ${phase(marks.perfumes, marks.embeddings)} s, embedding + storing vectors ${phase(marks.embeddings, marks.index)} s, building the vector index ${phase(marks.index, end)} s`,
      `  same file again (no changes) ${(parseSeconds + againSeconds).toFixed(2).padStart(6)} s  ${perSecond(rows, parseSeconds + againSeconds).padStart(8)} rows/s  ${((parseSeconds + againSeconds) / parseSeconds).toFixed(1)}× baseline  (inserted ${again.inserted}, updated ${again.updated})`,
    ];
  } finally {
    await databases.close();
  }
}
