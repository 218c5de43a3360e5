import type { PerfumeRepository } from './perfumeRepository';
import type { PerfumeTasteFacts } from './perfumeTaste';

/** The most perfumes one process keeps facts for; past it the cache starts over (a wardrobe reads a few hundred). */
export const TASTE_FACTS_CACHE_MAX = 20_000;

/**
 * The catalog's facts per perfume (accords, notes, seasons, gender), kept in memory while the
 * catalog's version stays the same: every taste profile reads the same few hundred perfumes again,
 * and the catalog changes only on seed, import and brand merges.
 */
export function createTasteFactsCache(perfumes: Pick<PerfumeRepository, 'tasteFacts' | 'catalogVersion'>) {
  const cache = new Map<number, PerfumeTasteFacts>();
  let version: number | null = null;
  return async function factsOf(ids: readonly number[]): Promise<Map<number, PerfumeTasteFacts>> {
    if (ids.length === 0) return new Map();
    // Read before the facts: facts read under an older version are dropped when the next call sees the new one.
    const current = await perfumes.catalogVersion();
    if (current !== version) {
      cache.clear();
      version = current;
    }
    const missing = [...new Set(ids)].filter((id) => !cache.has(id));
    if (missing.length > 0) {
      if (cache.size + missing.length > TASTE_FACTS_CACHE_MAX) cache.clear();
      for (const [id, facts] of await perfumes.tasteFacts(missing)) cache.set(id, facts);
    }
    return new Map(
      ids.flatMap((id): [number, PerfumeTasteFacts][] => {
        const facts = cache.get(id);
        return facts ? [[id, facts]] : [];
      }),
    );
  };
}
