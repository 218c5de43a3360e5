import type { PerfumeRecord } from '@scentence/api/schemas';
import type { Sql } from '../connections';
import type { Embedder } from '../embedding/embedder';
import { type EmbedOptions, embedPerfumes } from '../import/embedPerfumes';
import { perfumeRecordsAfter } from '../repositories/perfumeRecordReads';

export const DEFAULT_REEMBED_BATCH = 200;
const READ_PAGE = 2_000;

/**
 * Embeds every perfume again with one model, in batches; a perfume's earlier vector for that
 * model is replaced, other models' vectors are kept. Returns how many perfumes were embedded.
 */
export async function reembedCatalog(sql: Sql, embedder: Embedder, options: EmbedOptions = {}): Promise<number> {
  const items: { id: number; record: PerfumeRecord }[] = [];
  for (let afterId = 0; ; ) {
    const page = await perfumeRecordsAfter(sql, afterId, READ_PAGE);
    if (page.length === 0) break;
    items.push(...page);
    afterId = page[page.length - 1]!.id;
  }
  return embedPerfumes(sql, embedder, items, { batchSize: DEFAULT_REEMBED_BATCH, ...options });
}
