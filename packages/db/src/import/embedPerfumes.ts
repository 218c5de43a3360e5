import type { PerfumeRecord } from '@scentence/api/schemas';
import type { Sql } from '../connections';
import type { Embedder } from '../embedding/embedder';
import { countEmbeddings, saveEmbeddings, withVectorIndexRebuilt } from '../repositories/perfumeWrites';

export const EMBED_BATCH_SIZE = 500;
/** Below this many vectors, growing the index is cheap enough. */
export const REBUILD_MIN_VECTORS = 1_000;

export interface EmbedOptions {
  batchSize?: number;
  /**
   * Allow dropping the vector index and building it again once at the end, when that is cheaper
   * (see shouldRebuildIndex). Only for a catalog nobody queries meanwhile: the embedded database
   * of a stopped system, or a bench.
   */
  rebuildVectorIndex?: boolean;
  onProgress?: (done: number, total: number) => void;
  /** Called once the vectors are written and the index build (one long statement) starts. */
  onIndexBuild?: () => void;
}

/**
 * Building an HNSW index over all vectors costs about a quarter of inserting them one by one
 * into a live index (measured on the embedded database: 69 s against ~260 s for 37k vectors), so
 * a rebuild pays off when the new vectors are at least half as many as those already there.
 */
export function shouldRebuildIndex(newVectors: number, existingVectors: number): boolean {
  return newVectors >= REBUILD_MIN_VECTORS && existingVectors < 2 * newVectors;
}

/** Embeds perfumes with one model in batches and stores the vectors; returns how many were stored. */
export async function embedPerfumes(
  sql: Sql,
  embedder: Embedder,
  items: readonly { id: number; record: PerfumeRecord }[],
  options: EmbedOptions = {},
): Promise<number> {
  if (items.length === 0) return 0;
  const batchSize = options.batchSize ?? EMBED_BATCH_SIZE;
  const write = async (target: Parameters<typeof saveEmbeddings>[0]) => {
    options.onProgress?.(0, items.length);
    for (let start = 0; start < items.length; start += batchSize) {
      const batch = items.slice(start, start + batchSize);
      const vectors = await embedder.embed(batch.map((item) => item.record));
      await saveEmbeddings(
        target,
        embedder.model,
        batch.map((item, i) => ({ perfumeId: item.id, vector: vectors[i]! })),
      );
      options.onProgress?.(start + batch.length, items.length);
    }
  };
  const rebuild = options.rebuildVectorIndex && shouldRebuildIndex(items.length, await countEmbeddings(sql));
  if (!rebuild) {
    await write(sql);
  } else {
    await withVectorIndexRebuilt(sql, async (tx) => {
      await write(tx);
      options.onIndexBuild?.();
    });
  }
  return items.length;
}
