import { createHash } from 'node:crypto';
import type { PerfumeRecord } from '@scentence/api/schemas';
import type { Sql } from '../connections';
import type { Embedder } from '../embedding/embedder';
import { localEmbedder } from '../embedding/localEmbedder';
import { createPerfumeRepository } from '../repositories/perfumeRepository';
import { contentHash } from '../repositories/perfumeWrites';
import { shippedCatalogRecords } from './catalogRecords';

const BATCH = 100;

export interface SeedOutcome {
  seeded: boolean;
  perfumes: number;
}

/** Writes records in batches, each batch with its embeddings; returns how many were written. */
export async function writeCatalog(sql: Sql, records: PerfumeRecord[], embedder: Embedder = localEmbedder) {
  const perfumes = createPerfumeRepository(sql);
  const totals = { inserted: 0, updated: 0, unchanged: 0 };
  for (let start = 0; start < records.length; start += BATCH) {
    const outcome = await perfumes.upsert(records.slice(start, start + BATCH));
    totals.inserted += outcome.inserted;
    totals.updated += outcome.updated;
    totals.unchanged += outcome.unchanged;
    const vectors = await embedder.embed(outcome.written.map((w) => w.record));
    await perfumes.saveEmbeddings(
      embedder.model,
      outcome.written.map((w, i) => ({ perfumeId: w.id, vector: vectors[i]! })),
    );
  }
  return totals;
}

/** Seeds the shipped catalog once per catalog content: a restart with the same catalog does nothing. */
export async function seedShippedCatalog(sql: Sql, embedder: Embedder = localEmbedder): Promise<SeedOutcome> {
  const records = shippedCatalogRecords();
  const digest = createHash('sha1')
    .update(embedder.model)
    .update(records.map(contentHash).join(','))
    .digest('hex');
  const [done] = await sql`SELECT 1 FROM catalog_seeds WHERE digest = ${digest}`;
  if (done) return { seeded: false, perfumes: records.length };
  await createPerfumeRepository(sql).syncAccordVocabulary();
  await writeCatalog(sql, records, embedder);
  await sql`INSERT INTO catalog_seeds (digest, perfumes) VALUES (${digest}, ${records.length}) ON CONFLICT DO NOTHING`;
  return { seeded: true, perfumes: records.length };
}
