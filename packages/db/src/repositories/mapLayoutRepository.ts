import type { Sql } from '../connections';
import { mapCatalogFacts } from './mapFacts';
import { newestMapLayout, newestMapLayoutHeader, type StoredMapLayout, saveMapLayout } from './mapLayouts';

export type { MapBrandFacts, MapCatalogFacts, MapNoteFacts, MapPerfumeFacts } from './mapFacts';
export { MAP_ACCORD_PRESENT } from './mapFacts';
export type { MapLayoutHeader, StoredMapLayout } from './mapLayouts';

/** The scent map's storage in perfume_db: the catalog as the layout job reads it, and the computed maps. */
export function createMapLayoutRepository(sql: Sql) {
  return {
    /** Every perfume's map facts and the `noteLimit` most frequent notes. */
    catalogFacts: (noteLimit: number) => mapCatalogFacts(sql, noteLimit),
    newestHeader: () => newestMapLayoutHeader(sql),
    newest: () => newestMapLayout(sql),
    save: (layout: Omit<StoredMapLayout, 'id'>) => saveMapLayout(sql, layout),
  };
}

export type MapLayoutRepository = ReturnType<typeof createMapLayoutRepository>;
