import type { CachePolicy } from '@scentence/api';

/**
 * Public catalog reads change only when the catalog's version moves (a seed, an import, a brand
 * merge): a browser or a CDN may keep them a minute and show them for ten more while it asks
 * again, and asking again with the ETag costs a 304 without a query.
 */
export const CATALOG_CACHE: CachePolicy = { maxAgeSeconds: 60, staleWhileRevalidateSeconds: 600 };

/**
 * The cache version of every catalog answer (see host/conditionalGet.ts). While the version
 * cannot be read (the database is down) the last one read stands: nothing can have changed the
 * catalog through a database nobody reaches, so a revalidation still gets its 304.
 */
export function catalogCacheVersion(catalogVersion: () => Promise<number>): () => Promise<string | null> {
  let known: number | null = null;
  return async () => {
    try {
      known = await catalogVersion();
    } catch {
      // `known` stands.
    }
    return known === null ? null : `catalog${known}`;
  };
}
