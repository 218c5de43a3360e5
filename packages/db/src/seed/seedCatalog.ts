import { createHash } from 'node:crypto';
import type { Sql } from '../connections';
import type { Embedder } from '../embedding/embedder';
import { localEmbedder } from '../embedding/localEmbedder';
import { writeCatalogRecords } from '../import/importCatalog';
import { contentHash } from '../repositories/perfumeWrites';
import { shippedCatalogRecords } from './catalogRecords';

export interface SeedOutcome {
  seeded: boolean;
  perfumes: number;
}

/** Seeds the shipped catalog once per catalog content: a restart with the same catalog does nothing. */
export async function seedShippedCatalog(sql: Sql, embedder: Embedder = localEmbedder): Promise<SeedOutcome> {
  const records = shippedCatalogRecords();
  const digest = createHash('sha1').update(embedder.model).update(records.map(contentHash).join(',')).digest('hex');
  const [done] = await sql`SELECT 1 FROM catalog_seeds WHERE digest = ${digest}`;
  if (done) return { seeded: false, perfumes: records.length };
  await writeCatalogRecords(sql, records, { embedder });
  await sql`INSERT INTO catalog_seeds (digest, perfumes) VALUES (${digest}, ${records.length}) ON CONFLICT DO NOTHING`;
  return { seeded: true, perfumes: records.length };
}
