import type { PerfumeRepository } from '@scentence/db';
import { buildCatalogIndex, type CatalogIndex } from './catalogIndex';

/** How often, at most, a search asks the database whether the catalog changed. */
export const CATALOG_VERSION_CHECK_MS = 3_000;

export interface CatalogIndexCacheOptions {
  /** At most one version check per this many ms (CATALOG_VERSION_CHECK_MS); 0 checks on every use. */
  checkEveryMs?: number;
  now?: () => number;
}

export interface CatalogIndexCache {
  /** The index of the catalog as it is now: built on first use and again after the catalog changed. */
  current(): Promise<CatalogIndex>;
}

/**
 * Keeps one catalog index per process. A use after `checkEveryMs` reads the catalog version (one
 * row) and rebuilds the index when it moved, so an import from the command line is picked up
 * without a restart; concurrent uses share one check and one build.
 */
export function createCatalogIndexCache(
  perfumes: Pick<PerfumeRepository, 'catalogVersion' | 'catalogNames' | 'catalogNotes' | 'catalogFacets'>,
  options: CatalogIndexCacheOptions = {},
): CatalogIndexCache {
  const checkEveryMs = options.checkEveryMs ?? CATALOG_VERSION_CHECK_MS;
  const now = options.now ?? Date.now;
  let index: CatalogIndex | null = null;
  let checkedAt = Number.NEGATIVE_INFINITY;
  let refreshing: Promise<CatalogIndex> | null = null;

  async function refresh(): Promise<CatalogIndex> {
    const started = now();
    // The version is read before the rows: a change while they are read is seen by the next check.
    const version = await perfumes.catalogVersion();
    if (!index || index.version !== version) {
      const [names, notes, facets] = await Promise.all([
        perfumes.catalogNames(),
        perfumes.catalogNotes(),
        perfumes.catalogFacets(),
      ]);
      index = buildCatalogIndex(version, names, notes, facets);
    }
    checkedAt = started;
    return index;
  }

  return {
    current() {
      if (index && now() - checkedAt < checkEveryMs) return Promise.resolve(index);
      refreshing ??= refresh().finally(() => {
        refreshing = null;
      });
      return refreshing;
    },
  };
}
