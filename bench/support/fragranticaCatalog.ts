import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { PerfumeRecord } from '@scentence/api/schemas';
import { type Databases, type LogicalDatabase, openDatabases } from '@scentence/db';
import { DEFAULT_BATCH_SIZE, parseCatalog, writeCatalogRecords } from '../../packages/db/src/import/importCatalog';

/** The 38k Fragrantica export beside the repository; nothing from it is stored here. */
export const FRAGRANTICA_CATALOG = path.resolve(import.meta.dirname, '../../../shared/data/fragrantica-38k.csv');

export interface ImportedCatalog {
  databases: Databases;
  /** The file's valid records, in file order. */
  records: PerfumeRecord[];
  /** Every imported perfume's id, ascending. */
  ids: number[];
}

/**
 * Imports the 38k catalog into fresh embedded databases (the `perfume` one holds it), or gives
 * null when the file is absent so the bench can say it was skipped. The caller closes the databases.
 */
export async function importFragranticaCatalog(open: readonly LogicalDatabase[]): Promise<ImportedCatalog | null> {
  if (!existsSync(FRAGRANTICA_CATALOG)) return null;
  const parsed = parseCatalog(FRAGRANTICA_CATALOG, await readFile(FRAGRANTICA_CATALOG, 'utf8'));
  const records = parsed.rows.flatMap((row) => (row.record ? [row.record] : []));
  const databases = await openDatabases({ urls: {}, open });
  try {
    const sql = databases.get('perfume');
    await writeCatalogRecords(sql, records, { batchSize: DEFAULT_BATCH_SIZE });
    const ids = (await sql<{ id: number }[]>`SELECT id FROM perfumes ORDER BY id`).map((row) => row.id);
    return { databases, records, ids };
  } catch (error) {
    await databases.close();
    throw error;
  }
}
