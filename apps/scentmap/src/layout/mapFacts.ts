import type { MapCatalogFacts } from '@scentence/db';

/**
 * What the layout computation reads: the catalog's facts (perfumes by id ascending, brands, the
 * most frequent notes) and the version they were read at. Plain data, so it crosses to a worker.
 */
export interface MapInput extends MapCatalogFacts {
  catalogVersion: number;
}

/** How many of the most frequent notes the layout job reads (vector dimensions and cluster labels). */
export const MAP_NOTE_LIMIT = 400;
