import type { PerfumeRecord } from '@scentence/api/schemas';
import type postgres from 'postgres';
import type { Sql } from '../connections';
import { namingOf, type PerfumeRow } from './perfumeReads';

interface RecordRow extends PerfumeRow {
  perfumers: string[];
  longevity: number | null;
  sillage: number | null;
  popularity: number;
  source: string;
  accords: PerfumeRecord['accords'];
  seasons: PerfumeRecord['seasons'];
  occasions: PerfumeRecord['occasions'];
  notes: PerfumeRecord['notes'];
}

function toRecord(row: RecordRow): { id: number; record: PerfumeRecord } {
  return {
    id: row.id,
    record: {
      ...namingOf(row),
      perfumers: row.perfumers,
      gender: row.gender,
      imageUrl: row.image_url,
      notes: row.notes,
      accords: row.accords,
      seasons: row.seasons,
      occasions: row.occasions,
      longevity: row.longevity,
      sillage: row.sillage,
      popularity: row.popularity,
      source: row.source,
    },
  };
}

async function selectRecords(sql: Sql, where: postgres.PendingQuery<postgres.Row[]>, limit: number) {
  const rows = await sql<RecordRow[]>`
    SELECT p.id, b.name AS brand, b.name_ko AS brand_ko, p.name, p.name_ko, p.release_year, p.concentration,
      p.perfumers, p.gender, p.image_url, p.longevity::float8 AS longevity, p.sillage::float8 AS sillage,
      p.popularity, p.source,
      (SELECT COALESCE(jsonb_object_agg(a.accord_key, a.strength), '{}') FROM perfume_accords a WHERE a.perfume_id = p.id) AS accords,
      (SELECT COALESCE(jsonb_object_agg(s.season, s.share), '{}') FROM perfume_seasons s WHERE s.perfume_id = p.id) AS seasons,
      (SELECT COALESCE(jsonb_object_agg(o.occasion, o.share), '{}') FROM perfume_occasions o WHERE o.perfume_id = p.id) AS occasions,
      (SELECT COALESCE(jsonb_agg(jsonb_build_object('name', n.name, 'nameKo', n.name_ko, 'position', pn.position)
          ORDER BY pn.rank), '[]')
        FROM perfume_notes pn JOIN notes n ON n.id = pn.note_id WHERE pn.perfume_id = p.id) AS notes
    FROM perfumes p JOIN brands b ON b.id = p.brand_id
    WHERE ${where}
    ORDER BY p.id
    LIMIT ${limit}`;
  return rows.map(toRecord);
}

/**
 * One page of the catalog as records (keyset by id), for re-embedding every perfume: the
 * records carry what the embedders read (accords, shares, gender, notes, names).
 */
export function perfumeRecordsAfter(sql: Sql, afterId: number, limit: number) {
  return selectRecords(sql, sql`p.id > ${afterId}`, limit);
}

/** The records of these perfumes, by id. */
export function perfumeRecordsByIds(sql: Sql, ids: readonly number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return selectRecords(sql, sql`p.id = ANY(${[...ids]}::int[])`, ids.length);
}

/** Perfumes that have no vector of this model yet (e.g. an import stopped before embedding them). */
export async function perfumeIdsWithoutEmbedding(sql: Sql, model: string): Promise<number[]> {
  const rows = await sql<{ id: number }[]>`
    SELECT p.id FROM perfumes p
    WHERE NOT EXISTS (SELECT 1 FROM perfume_embeddings e WHERE e.perfume_id = p.id AND e.model = ${model})
    ORDER BY p.id`;
  return rows.map((row) => row.id);
}
