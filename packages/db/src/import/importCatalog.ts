import type { PerfumeRecord } from '@scentence/api/schemas';
import type { Sql } from '../connections';
import type { Embedder } from '../embedding/embedder';
import { localEmbedder } from '../embedding/localEmbedder';
import { bumpCatalogVersion } from '../repositories/catalogVersion';
import { perfumeIdsWithoutEmbedding, perfumeRecordsByIds } from '../repositories/perfumeRecordReads';
import { createPerfumeRepository } from '../repositories/perfumeRepository';
import { detectFormat, FORMAT_HEAD_LENGTH } from './adapters/registry';
import { distinctNames } from './distinctNames';
import { embedPerfumes } from './embedPerfumes';
import type { ImportRow } from './types';

export const DEFAULT_BATCH_SIZE = 500;
const LOOKUP_BATCH = 1_000;

export interface ParsedCatalog {
  format: string;
  rows: ImportRow[];
}

export interface SkippedRow {
  line: number;
  reason: string;
}

export interface ImportCounts {
  inserted: number;
  updated: number;
  unchanged: number;
  /** Vectors stored: new and changed perfumes, and any perfume still without a vector of the model. */
  embedded: number;
}

export interface ImportSummary extends ImportCounts {
  format: string;
  /** Data rows read from the file (the header is not a row). */
  read: number;
  skipped: SkippedRow[];
  /** Valid records handed to the database (read − skipped). */
  valid: number;
  /** False for a dry run: nothing was written and the counts are zero. */
  written: boolean;
  embeddingModel: string | null;
  seconds: number;
}

export type ImportStep = 'perfumes' | 'embeddings';

export interface ImportOptions {
  batchSize?: number;
  embedder?: Embedder;
  /** See EmbedOptions.rebuildVectorIndex: only when nobody queries the catalog during the import. */
  rebuildVectorIndex?: boolean;
  /** Called as each step advances: perfumes written, then perfumes embedded. */
  onProgress?: (step: ImportStep, done: number, total: number) => void;
  onIndexBuild?: () => void;
}

/**
 * Detects the format from the start of the text and reads every row (throws
 * UnknownFormatError before anything is read when no adapter recognises the file).
 */
export function parseCatalog(path: string, text: string): ParsedCatalog {
  const adapter = detectFormat(path, text.slice(0, FORMAT_HEAD_LENGTH));
  return { format: adapter.format, rows: distinctNames([...adapter.parse(text)]) };
}

function skippedRows(rows: readonly ImportRow[]): SkippedRow[] {
  return rows.filter((row) => !row.record).map((row) => ({ line: row.line, reason: row.error ?? 'not a perfume' }));
}

function validRecords(rows: readonly ImportRow[]): PerfumeRecord[] {
  return rows.flatMap((row) => (row.record ? [row.record] : []));
}

/** What an import would do, without a database: rows read, valid, and skipped with reasons. */
export function dryRunSummary(parsed: ParsedCatalog, seconds = 0): ImportSummary {
  const valid = validRecords(parsed.rows).length;
  return {
    format: parsed.format,
    read: parsed.rows.length,
    skipped: skippedRows(parsed.rows),
    valid,
    written: false,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    embedded: 0,
    embeddingModel: null,
    seconds,
  };
}

/** Perfumes written now, plus those an earlier run left without a vector of this model. */
async function perfumesToEmbed(
  sql: Sql,
  model: string,
  written: ReadonlyMap<number, PerfumeRecord>,
): Promise<{ id: number; record: PerfumeRecord }[]> {
  const items = [...written].map(([id, record]) => ({ id, record }));
  const missing = (await perfumeIdsWithoutEmbedding(sql, model)).filter((id) => !written.has(id));
  for (let start = 0; start < missing.length; start += LOOKUP_BATCH) {
    items.push(...(await perfumeRecordsByIds(sql, missing.slice(start, start + LOOKUP_BATCH))));
  }
  return items;
}

/**
 * Writes the valid records in batches, each batch one transaction (perfumes, notes, accords,
 * shares), then embeds the new and changed perfumes. Unchanged perfumes are left alone, so
 * importing the same file twice inserts, updates and embeds nothing the second time; a run that
 * stopped early is completed by the next one (its perfumes are unchanged but still unembedded).
 */
export async function writeCatalogRecords(
  sql: Sql,
  records: readonly PerfumeRecord[],
  options: ImportOptions = {},
): Promise<ImportCounts> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const embedder = options.embedder ?? localEmbedder;
  const perfumes = createPerfumeRepository(sql);
  await perfumes.syncAccordVocabulary();
  const counts = { inserted: 0, updated: 0, unchanged: 0 };
  const written = new Map<number, PerfumeRecord>();
  options.onProgress?.('perfumes', 0, records.length);
  let embedded = 0;
  try {
    for (let start = 0; start < records.length; start += batchSize) {
      const batch = records.slice(start, start + batchSize);
      const outcome = await perfumes.upsert(batch);
      counts.inserted += outcome.inserted;
      counts.updated += outcome.updated;
      counts.unchanged += outcome.unchanged;
      for (const { id, record } of outcome.written) written.set(id, record);
      options.onProgress?.('perfumes', start + batch.length, records.length);
    }
    embedded = await embedPerfumes(sql, embedder, await perfumesToEmbed(sql, embedder.model, written), {
      batchSize,
      rebuildVectorIndex: options.rebuildVectorIndex ?? false,
      onProgress: (done, total) => {
        embedded = done;
        options.onProgress?.('embeddings', done, total);
      },
      ...(options.onIndexBuild ? { onIndexBuild: options.onIndexBuild } : {}),
    });
  } finally {
    // Once per import, not per batch (a running backend rebuilds its name index on each bump),
    // and after the vectors too: similar perfumes come from them, and the services' cached
    // answers (ETags) are keyed by this version. Also when a step failed, since what was written
    // before it stays written.
    if (counts.inserted + counts.updated + embedded > 0) await bumpCatalogVersion(sql);
  }
  if (counts.inserted + counts.updated + embedded > 0) await perfumes.optimize();
  return { ...counts, embedded };
}

/** Writes a parsed catalog's valid rows; the summary says what happened to every row. */
export async function writeParsedCatalog(
  sql: Sql,
  parsed: ParsedCatalog,
  options: ImportOptions = {},
  started: number = performance.now(),
): Promise<ImportSummary> {
  const counts = await writeCatalogRecords(sql, validRecords(parsed.rows), options);
  return {
    ...dryRunSummary(parsed),
    ...counts,
    written: true,
    embeddingModel: (options.embedder ?? localEmbedder).model,
    seconds: (performance.now() - started) / 1000,
  };
}

/** Parses (see parseCatalog) and writes a catalog file's text. */
export async function importCatalog(
  sql: Sql,
  path: string,
  text: string,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const started = performance.now();
  return writeParsedCatalog(sql, parseCatalog(path, text), options, started);
}
