import type { SimilarPerfumes } from '@scentence/api/schemas';
import type { AccordKey } from '@scentence/api/vocabulary';
import type { Sql } from '../connections';
import { localEmbedder } from '../embedding/localEmbedder';
import { findPerfumeSummaries } from './perfumeReads';
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

async function profiles(sql: Sql, ids: number[]) {
  const accords = await sql<{ perfume_id: number; accord_key: AccordKey; strength: number }[]>`
    SELECT perfume_id, accord_key, strength FROM perfume_accords
    WHERE perfume_id = ANY(${ids}::int[]) AND strength >= ${ACCORD_PRESENT}`;
  const notes = await sql<{ perfume_id: number; slug: string; name: string; name_ko: string | null }[]>`
    SELECT DISTINCT pn.perfume_id, n.slug, n.name, n.name_ko
    FROM perfume_notes pn JOIN notes n ON n.id = pn.note_id WHERE pn.perfume_id = ANY(${ids}::int[])`;
  const byId = new Map<
    number,
    { accords: Map<AccordKey, number>; notes: Map<string, { slug: string; name: string; nameKo: string | null }> }
  >();
  const entry = (id: number) => {
    const profile = byId.get(id) ?? { accords: new Map(), notes: new Map() };
    byId.set(id, profile);
    return profile;
  };
  for (const row of accords) entry(row.perfume_id).accords.set(row.accord_key, row.strength);
  for (const row of notes)
    entry(row.perfume_id).notes.set(row.slug, { slug: row.slug, name: row.name, nameKo: row.name_ko });
  return byId;
}

/** Similar perfumes with the reason: the accords and notes each shares with the perfume asked about. */
export async function similarPerfumes(sql: Sql, perfumeId: number, limit: number): Promise<SimilarPerfumes> {
  const neighbours = await nearestPerfumes(sql, perfumeId, limit);
  if (neighbours.length === 0) return { items: [] };
  const ids = neighbours.map((n) => n.perfumeId);
  const summaries = new Map((await findPerfumeSummaries(sql, ids)).map((s) => [s.id, s]));
  const profileById = await profiles(sql, [perfumeId, ...ids]);
  const target = profileById.get(perfumeId);
  return {
    items: neighbours.flatMap((neighbour) => {
      const perfume = summaries.get(neighbour.perfumeId);
      if (!perfume) return [];
      const other = profileById.get(neighbour.perfumeId);
      const sharedAccords = [...(target?.accords ?? [])]
        .filter(([key]) => other?.accords.has(key))
        .sort(([, a], [, b]) => b - a)
        .map(([key]) => key);
      const sharedNotes = [...(target?.notes.values() ?? [])].filter((note) => other?.notes.has(note.slug));
      return [{ perfume, similarity: Math.round(neighbour.similarity * 1000) / 1000, sharedAccords, sharedNotes }];
    }),
  };
}
