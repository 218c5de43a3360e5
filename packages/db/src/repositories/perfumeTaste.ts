import type { AccordKey, GenderKey, SeasonKey } from '@scentence/api/vocabulary';
import type { TasteNote, TastePerfume, WeightedPerfume } from '@scentence/domain/taste';
import type { Sql } from '../connections';
import { EMBEDDING_DIMENSIONS } from '../embedding/embedder';
import { localEmbedder } from '../embedding/localEmbedder';
import { nameKey } from '../text/normalize';
import { ACCORD_PRESENT, SHARE_FITS } from './perfumeSearch';
import type { Neighbour } from './perfumeSimilar';

/** What the taste profile and the wardrobe filters read about a perfume. */
export interface PerfumeTasteFacts extends TastePerfume {
  id: number;
  /** Accords strong enough to count as present (the search filters' threshold). */
  presentAccords: AccordKey[];
}

/**
 * Accords (strongest first), notes, fitting seasons and gender of each perfume: four flat reads
 * by primary key, sent together (flat rows cost far less than JSON built per perfume).
 */
export async function perfumeTasteFacts(sql: Sql, ids: readonly number[]): Promise<Map<number, PerfumeTasteFacts>> {
  const facts = new Map<
    number,
    PerfumeTasteFacts & { accords: TastePerfume['accords'][number][]; notes: TasteNote[]; seasons: SeasonKey[] }
  >();
  if (ids.length === 0) return facts;
  const wanted = [...ids];
  const [perfumes, accords, notes, seasons] = await Promise.all([
    sql<{ id: number; gender: GenderKey }[]>`SELECT id, gender FROM perfumes WHERE id = ANY(${wanted}::int[])`,
    sql<{ perfume_id: number; accord_key: AccordKey; strength: number }[]>`
      SELECT perfume_id, accord_key, strength FROM perfume_accords WHERE perfume_id = ANY(${wanted}::int[])
      ORDER BY perfume_id, strength DESC, accord_key`,
    sql<{ perfume_id: number; slug: string; name: string; name_ko: string | null }[]>`
      SELECT DISTINCT pn.perfume_id, n.slug, n.name, n.name_ko
      FROM perfume_notes pn JOIN notes n ON n.id = pn.note_id WHERE pn.perfume_id = ANY(${wanted}::int[])`,
    sql<{ perfume_id: number; season: SeasonKey }[]>`
      SELECT perfume_id, season FROM perfume_seasons
      WHERE perfume_id = ANY(${wanted}::int[]) AND share >= ${SHARE_FITS} ORDER BY perfume_id, season`,
  ]);
  for (const { id, gender } of perfumes) {
    facts.set(id, { id, gender, accords: [], presentAccords: [], notes: [], seasons: [] });
  }
  for (const row of accords) {
    const perfume = facts.get(row.perfume_id);
    perfume?.accords.push({ key: row.accord_key, strength: row.strength });
    if (row.strength >= ACCORD_PRESENT) perfume?.presentAccords.push(row.accord_key);
  }
  for (const row of notes)
    facts.get(row.perfume_id)?.notes.push({ slug: row.slug, name: row.name, nameKo: row.name_ko });
  for (const row of seasons) facts.get(row.perfume_id)?.seasons.push(row.season);
  return facts;
}

/**
 * `liked` and `taste` CTEs: the taste vector is the liked perfumes' embeddings summed by their
 * weights (cosine distance ignores the length). `positive`: only the positive weights.
 */
export const tasteVectorCtes = (sql: Sql, positive: readonly WeightedPerfume[], model: string) => sql`
  liked AS (
    SELECT * FROM unnest(${positive.map((p) => p.perfumeId)}::int[], ${positive.map((p) => p.weight)}::real[])
      AS l (perfume_id, weight)
  ), taste AS (
    SELECT sum(e.embedding * array_fill(l.weight, ARRAY[${EMBEDDING_DIMENSIONS}::int])::vector) AS embedding
    FROM perfume_embeddings e JOIN liked l USING (perfume_id) WHERE e.model = ${model}
  )`;

/**
 * The perfumes nearest a taste: the liked perfumes' embeddings summed by their weights (cosine
 * distance ignores the length), searched through the HNSW index like similar perfumes, leaving
 * out `exclude`. Only positive weights count.
 */
export async function nearestToTaste(
  sql: Sql,
  liked: readonly WeightedPerfume[],
  limit: number,
  exclude: readonly number[],
  model: string = localEmbedder.model,
): Promise<Neighbour[]> {
  const positive = liked.filter((perfume) => perfume.weight > 0);
  if (positive.length === 0) return [];
  const rows = await sql<{ perfume_id: number; similarity: number }[]>`
    WITH ${tasteVectorCtes(sql, positive, model)}
    SELECT e.perfume_id, 1 - (e.embedding <=> (SELECT embedding FROM taste)) AS similarity
    FROM perfume_embeddings e
    WHERE e.model = ${model} AND e.perfume_id <> ALL(${exclude as number[]}::int[])
      AND (SELECT embedding FROM taste) IS NOT NULL
    ORDER BY e.embedding <=> (SELECT embedding FROM taste)
    LIMIT ${limit}`;
  return rows.map((row) => ({ perfumeId: row.perfume_id, similarity: Number(row.similarity) }));
}

/** A perfume a candidate resembles, named (for "because you like …"). */
export interface ClosestPerfume {
  id: number;
  brand: string;
  brandKo: string | null;
  name: string;
  nameKo: string | null;
  similarity: number;
}

/** For each candidate, the `perCandidate` perfumes among `among` its embedding is closest to, closest first. */
export async function closestAmong(
  sql: Sql,
  candidates: readonly number[],
  among: readonly number[],
  perCandidate: number,
  model: string = localEmbedder.model,
): Promise<Map<number, ClosestPerfume[]>> {
  const closest = new Map<number, ClosestPerfume[]>();
  if (candidates.length === 0 || among.length === 0) return closest;
  const rows = await sql<(ClosestPerfume & { candidate: number })[]>`
    SELECT ranked.candidate, p.id, b.name AS brand, b.name_ko AS "brandKo", p.name, p.name_ko AS "nameKo",
      ranked.similarity
    FROM (
      SELECT c.perfume_id AS candidate, o.perfume_id, 1 - (c.embedding <=> o.embedding) AS similarity,
        row_number() OVER (PARTITION BY c.perfume_id ORDER BY c.embedding <=> o.embedding, o.perfume_id) AS rank
      FROM perfume_embeddings c JOIN perfume_embeddings o ON o.model = c.model
      WHERE c.model = ${model} AND c.perfume_id = ANY(${candidates as number[]}::int[])
        AND o.perfume_id = ANY(${among as number[]}::int[])
    ) ranked
    JOIN perfumes p ON p.id = ranked.perfume_id JOIN brands b ON b.id = p.brand_id
    WHERE ranked.rank <= ${perCandidate}
    ORDER BY ranked.candidate, ranked.rank`;
  for (const { candidate, ...perfume } of rows) {
    const list = closest.get(candidate) ?? [];
    list.push({ ...perfume, similarity: Number(perfume.similarity) });
    closest.set(candidate, list);
  }
  return closest;
}

export interface NamedPerfume {
  id: number;
  name: string;
  brand: string;
  brandKo: string | null;
}

/** Perfumes whose name is one of `names` (folded as the catalog keys them), with their house. */
export async function perfumesNamed(sql: Sql, names: readonly string[]): Promise<NamedPerfume[]> {
  const keys = [...new Set(names.map(nameKey))].filter((key) => key.length > 0);
  if (keys.length === 0) return [];
  return sql<NamedPerfume[]>`
    SELECT p.id, p.name, b.name AS brand, b.name_ko AS "brandKo"
    FROM perfumes p JOIN brands b ON b.id = p.brand_id
    WHERE p.name_key = ANY(${keys}::text[])
    ORDER BY p.id`;
}
