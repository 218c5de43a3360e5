import type { PerfumeSummary } from '@scentence/api/schemas';
import type { LayeringCatalogRepository } from '@scentence/db';
import { type LayeringPerfume, layeringPerfumeOf } from '../scoring/layeringPerfume';
import type { CatalogVersionGate } from './catalogVersionGate';

export interface LoadedPerfume {
  summary: PerfumeSummary;
  perfume: LayeringPerfume;
}

export interface ProfileCache {
  /** Perfumes by id, whole, in the order asked; unknown ids are absent from the map. */
  load(ids: readonly number[]): Promise<Map<number, LoadedPerfume>>;
}

/** About 10 MB of whole profiles: the best-known perfumes of every family and the recent questions. */
export const PROFILE_CACHE_SIZE = 5_000;

/**
 * Whole profiles read from the catalog, the least recently used dropped beyond `capacity`, all of
 * them dropped when the catalog's version changes. The partners of one perfume are mostly the
 * best-known perfumes of a few families, so most are read once per process.
 */
export function createProfileCache(
  catalog: Pick<LayeringCatalogRepository, 'profiles'>,
  version: CatalogVersionGate,
  capacity = PROFILE_CACHE_SIZE,
): ProfileCache {
  const entries = new Map<number, LoadedPerfume>();
  let cachedVersion: number | null = null;
  return {
    async load(ids) {
      const current = await version();
      if (current !== cachedVersion) {
        entries.clear();
        cachedVersion = current;
      }
      const wanted = [...new Set(ids)];
      const missing = wanted.filter((id) => !entries.has(id));
      const read = missing.length > 0 ? await catalog.profiles(missing) : [];
      const found = new Map<number, LoadedPerfume>();
      for (const { summary, detail } of read) found.set(detail.id, { summary, perfume: layeringPerfumeOf(detail) });
      const result = new Map<number, LoadedPerfume>();
      for (const id of wanted) {
        const loaded = entries.get(id) ?? found.get(id);
        if (!loaded) continue;
        // Most recently used last: a Map keeps insertion order.
        entries.delete(id);
        if (cachedVersion === current) entries.set(id, loaded);
        result.set(id, loaded);
      }
      for (const oldest of entries.keys()) {
        if (entries.size <= capacity) break;
        entries.delete(oldest);
      }
      return result;
    },
  };
}
