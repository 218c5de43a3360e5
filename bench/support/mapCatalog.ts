import { readFile } from 'node:fs/promises';
import {
  createMapLayoutRepository,
  createPerfumeRepository,
  type Databases,
  type MapLayoutRepository,
  openDatabases,
  seedShippedCatalog,
} from '@scentence/db';
import { MAP_METHOD } from '../../apps/scentmap/src/layout/computeMap';
import { computeMapInWorker } from '../../apps/scentmap/src/layout/computeMapOffThread';
import { MAP_NOTE_LIMIT } from '../../apps/scentmap/src/layout/mapFacts';
import { DEFAULT_BATCH_SIZE, parseCatalog, writeCatalogRecords } from '../../packages/db/src/import/importCatalog';

/** An embedded perfume database holding the shipped catalog (`null`) or an imported catalog file. */
export async function openCatalog(file: string | null): Promise<Databases> {
  const databases = await openDatabases({ urls: {}, open: ['perfume'] });
  const sql = databases.get('perfume');
  if (file === null) await seedShippedCatalog(sql);
  else {
    const parsed = parseCatalog(file, await readFile(file, 'utf8'));
    const records = parsed.rows.flatMap((row) => (row.record ? [row.record] : []));
    await writeCatalogRecords(sql, records, { batchSize: DEFAULT_BATCH_SIZE, rebuildVectorIndex: true });
  }
  return databases;
}

/**
 * A catalog with its map computed and stored, as the layout job leaves it: a scent map service
 * opened on these databases serves it at once.
 */
export async function openMappedCatalog(file: string | null): Promise<{ databases: Databases; points: number }> {
  const databases = await openCatalog(file);
  const sql = databases.get('perfume');
  const maps = createMapLayoutRepository(sql);
  const catalogVersion = await createPerfumeRepository(sql).catalogVersion();
  const facts = await maps.catalogFacts(MAP_NOTE_LIMIT);
  const computed = await computeMapInWorker({ catalogVersion, ...facts }, new Date());
  await saveComputedMap(maps, catalogVersion, computed);
  return { databases, points: computed.data.points.count };
}

/** Stores a computed map as the layout job does. */
export async function saveComputedMap(
  maps: MapLayoutRepository,
  catalogVersion: number,
  computed: Awaited<ReturnType<typeof computeMapInWorker>>,
): Promise<void> {
  await maps.save({
    catalogVersion,
    computedAt: new Date(computed.data.points.computedAt),
    points: computed.data.points.count,
    method: MAP_METHOD,
    payload: computed.payload,
  });
}
