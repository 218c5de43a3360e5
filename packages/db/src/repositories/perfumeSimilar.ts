import type { SimilarPerfumes } from '@scentence/api/schemas';
import type { AccordKey } from '@scentence/api/vocabulary';
import type { Sql } from '../connections';
import { localEmbedder } from '../embedding/localEmbedder';
import { type SummaryRow, summaryColumns, summaryOf } from './perfumeReads';
import { ACCORD_PRESENT } from './perfumeSearch';

export interface Neighbour {
  perfumeId: number;
  similarity: number;
}

/**
 * The `limit` nearest perfumes to one perfume by cosine distance of their embeddings. `exact`
 * defeats the HNSW index (a full scan), as the ground truth for measuring its recall.
 */
export async function nearestPerfumes(
  sql: Sql,
  perfumeId: number,
  limit: number,
  options: { model?: string; exact?: boolean } = {},
): Promise<Neighbour[]> {
  const model = options.model ?? localEmbedder.model;
  const distance = options.exact
    ? sql`(e.embedding <=> target.embedding) + 0`
    : sql`e.embedding <=> (SELECT embedding FROM perfume_embeddings WHERE perfume_id = ${perfumeId} AND model = ${model})`;
  const rows = await sql<{ perfume_id: number; similarity: number }[]>`
    WITH target AS (SELECT embedding FROM perfume_embeddings WHERE perfume_id = ${perfumeId} AND model = ${model})
    SELECT e.perfume_id, 1 - (e.embedding <=> target.embedding) AS similarity
    FROM perfume_embeddings e, target
    WHERE e.model = ${model} AND e.perfume_id <> ${perfumeId}
    ORDER BY ${distance}
    LIMIT ${limit}`;
  return rows.map((row) => ({ perfumeId: row.perfume_id, similarity: Number(row.similarity) }));
}

/**
 * The neighbour count written into the statement rather than sent as a parameter: costed for an
 * unknown LIMIT, PostgreSQL's generic plan of the similar-perfumes statement never wins, so it
 * was planned again on every call (planning cost more than running it). One prepared statement
 * per count (at most 30) keeps one plan each.
 */
function literalLimit(sql: Sql, limit: number) {
  if (!Number.isSafeInteger(limit) || limit < 1)
    throw new RangeError(`a neighbour count is a positive integer, not ${limit}`);
  return sql.unsafe(String(limit));
}

type SimilarRow = SummaryRow & {
  similarity: number;
  shared_accords: AccordKey[];
  shared_notes: SimilarPerfumes['items'][number]['sharedNotes'];
};

/**
 * Similar perfumes with the reason (the accords and notes each shares with the perfume asked
 * about), in one statement: the HNSW neighbours, their summaries and what they share. Null when
 * no perfume has this id (a second, cheap statement, only when there are no neighbours).
 */
export async function findSimilarPerfumes(sql: Sql, perfumeId: number, limit: number): Promise<SimilarPerfumes | null> {
  const model = localEmbedder.model;
  const rows = await sql<SimilarRow[]>`
    WITH near AS (
      SELECT e.perfume_id AS id, e.embedding <=> target.embedding AS distance
      FROM perfume_embeddings e,
        (SELECT embedding FROM perfume_embeddings WHERE perfume_id = ${perfumeId} AND model = ${model}) target
      WHERE e.model = ${model} AND e.perfume_id <> ${perfumeId}
      ORDER BY e.embedding <=> (SELECT embedding FROM perfume_embeddings WHERE perfume_id = ${perfumeId} AND model = ${model})
      LIMIT ${literalLimit(sql, limit)}
    ), asked AS (
      SELECT a.accord_key, a.strength FROM perfume_accords a
      WHERE a.perfume_id = ${perfumeId} AND a.strength >= ${ACCORD_PRESENT}
    ), asked_notes AS MATERIALIZED (
      SELECT DISTINCT n.id, n.slug, n.name, n.name_ko
      FROM perfume_notes pn JOIN notes n ON n.id = pn.note_id WHERE pn.perfume_id = ${perfumeId}
    )
    SELECT ${summaryColumns(sql)}, 1 - near.distance AS similarity,
      ARRAY(
        SELECT asked.accord_key FROM asked
        JOIN perfume_accords o ON o.perfume_id = p.id AND o.accord_key = asked.accord_key AND o.strength >= ${ACCORD_PRESENT}
        ORDER BY asked.strength DESC, asked.accord_key) AS shared_accords,
      (SELECT COALESCE(json_agg(json_build_object('slug', n.slug, 'name', n.name, 'nameKo', n.name_ko) ORDER BY n.slug), '[]')
        FROM asked_notes n
        WHERE n.id IN (SELECT note_id FROM perfume_notes WHERE perfume_id = p.id)) AS shared_notes
    FROM near JOIN perfumes p ON p.id = near.id
    ORDER BY near.distance, p.id`;
  if (rows.length === 0) {
    const [known] = await sql`SELECT 1 FROM perfumes WHERE id = ${perfumeId}`;
    return known ? { items: [] } : null;
  }
  return {
    items: rows.map((row) => ({
      perfume: summaryOf(row),
      similarity: Math.round(Number(row.similarity) * 1000) / 1000,
      sharedAccords: row.shared_accords,
      sharedNotes: row.shared_notes,
    })),
  };
}

/** Similar perfumes with the reason; none for an unknown id (see findSimilarPerfumes). */
export async function similarPerfumes(sql: Sql, perfumeId: number, limit: number): Promise<SimilarPerfumes> {
  return (await findSimilarPerfumes(sql, perfumeId, limit)) ?? { items: [] };
}
