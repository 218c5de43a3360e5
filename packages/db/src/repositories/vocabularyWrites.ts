import { ACCORDS } from '@scentence/api/vocabulary';
import type { Sql } from '../connections';

/** Keeps the accords table equal to the vocabulary in code (labels and colours may change). */
export async function syncAccordVocabulary(sql: Sql): Promise<void> {
  await sql`
    INSERT INTO accords (key, name_ko, name_en, color)
    SELECT * FROM unnest(${ACCORDS.map((a) => a.key)}::text[], ${ACCORDS.map((a) => a.ko)}::text[],
      ${ACCORDS.map((a) => a.en)}::text[], ${ACCORDS.map((a) => a.color)}::text[])
    ON CONFLICT (key) DO UPDATE SET name_ko = excluded.name_ko, name_en = excluded.name_en, color = excluded.color`;
}

/**
 * Refreshes planner statistics and merges GIN pending lists after a bulk write. PGlite has no
 * autovacuum, and without this the trigram indexes look too costly to use after an import.
 */
export async function optimizeCatalog(sql: Sql): Promise<void> {
  await sql`VACUUM ANALYZE perfumes, brands, notes, perfume_notes, perfume_accords, perfume_seasons, perfume_occasions, perfume_embeddings`;
}
