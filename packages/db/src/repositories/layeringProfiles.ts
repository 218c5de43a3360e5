import type { PerfumeDetail, PerfumeSummary } from '@scentence/api/schemas';
import type { AccordKey } from '@scentence/api/vocabulary';
import type { Sql } from '../connections';
import { type DetailRow, detailColumns, detailOf, toSummary } from './perfumeReads';

/** A perfume as cards show it (its strongest accords) and whole, as the layering rules read it. */
export interface LayeringProfile {
  summary: PerfumeSummary;
  detail: PerfumeDetail;
}

/**
 * Whole profiles (accords, notes, seasons, occasions, longevity, sillage) of several perfumes in
 * one round trip, in the order of `ids`; unknown ids are left out.
 */
export async function findLayeringProfiles(sql: Sql, ids: readonly number[]): Promise<LayeringProfile[]> {
  if (ids.length === 0) return [];
  const rows = await sql<DetailRow[]>`
    SELECT ${detailColumns(sql)}
    FROM perfumes p JOIN brands b ON b.id = p.brand_id
    WHERE p.id = ANY(${[...ids]}::int[])`;
  const byId = new Map(
    rows.map((row): [number, LayeringProfile] => [
      row.id,
      { summary: toSummary(row, row.accords), detail: detailOf(row) },
    ]),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** A perfume as the partner search first reads it: enough to pre-score it and to tell a flanker. */
export interface PartnerCandidate {
  id: number;
  brand: string;
  name: string;
  accords: Partial<Record<AccordKey, number>>;
  longevity: number | null;
  sillage: number | null;
  popularity: number;
}

type CandidateRow = Omit<PartnerCandidate, 'accords'> & { accords: Partial<Record<AccordKey, number>> | null };

const candidateColumns = (sql: Sql) => sql`
  p.id, b.name AS brand, p.name, p.longevity::float8 AS longevity, p.sillage::float8 AS sillage, p.popularity,
  (SELECT jsonb_object_agg(a.accord_key, a.strength) FROM perfume_accords a WHERE a.perfume_id = p.id) AS accords`;

const toCandidate = (row: CandidateRow): PartnerCandidate => ({ ...row, accords: row.accords ?? {} });

/**
 * The perfume's nearest neighbours by embedding (the HNSW index of the similar perfumes), as
 * partner candidates: perfumes in harmony with it. At most 40 (pgvector's default `ef_search`).
 */
export async function findNearestCandidates(
  sql: Sql,
  perfumeId: number,
  model: string,
  limit: number,
): Promise<PartnerCandidate[]> {
  const rows = await sql<CandidateRow[]>`
    WITH near AS (
      SELECT e.perfume_id AS id, e.embedding <=> (
        SELECT embedding FROM perfume_embeddings WHERE perfume_id = ${perfumeId} AND model = ${model}
      ) AS distance
      FROM perfume_embeddings e
      WHERE e.model = ${model} AND e.perfume_id <> ${perfumeId}
      ORDER BY e.embedding <=> (SELECT embedding FROM perfume_embeddings WHERE perfume_id = ${perfumeId} AND model = ${model})
      LIMIT ${Math.min(limit, 40)}
    )
    SELECT ${candidateColumns(sql)} FROM near JOIN perfumes p ON p.id = near.id JOIN brands b ON b.id = p.brand_id
    ORDER BY near.distance`;
  return rows.map(toCandidate);
}

/**
 * For every accord, the best-known perfumes that have it at `minStrength` or more, best known
 * first: where partners from complementary families are looked for. One pass over the catalog's
 * strong accords; the caller keeps the answer until the catalog changes.
 */
export async function findFamilyLeaders(
  sql: Sql,
  perFamily: number,
  minStrength: number,
): Promise<Map<AccordKey, PartnerCandidate[]>> {
  const ranked = await sql<{ accord_key: AccordKey; perfume_id: number }[]>`
    SELECT accord_key, perfume_id FROM (
      SELECT a.accord_key, a.perfume_id,
        row_number() OVER (PARTITION BY a.accord_key ORDER BY p.popularity DESC, p.id) AS rank
      FROM perfume_accords a JOIN perfumes p ON p.id = a.perfume_id
      WHERE a.strength >= ${minStrength}
    ) leaders
    WHERE rank <= ${perFamily}
    ORDER BY accord_key, rank`;
  const ids = [...new Set(ranked.map((row) => row.perfume_id))];
  const rows =
    ids.length === 0
      ? []
      : await sql<CandidateRow[]>`
          SELECT ${candidateColumns(sql)} FROM perfumes p JOIN brands b ON b.id = p.brand_id
          WHERE p.id = ANY(${ids}::int[])`;
  const byId = new Map(rows.map((row) => [row.id, toCandidate(row)]));
  const leaders = new Map<AccordKey, PartnerCandidate[]>();
  for (const row of ranked) {
    const candidate = byId.get(row.perfume_id);
    if (!candidate) continue;
    const list = leaders.get(row.accord_key) ?? [];
    list.push(candidate);
    leaders.set(row.accord_key, list);
  }
  return leaders;
}

/** What the layering service reads of perfume_db beyond the perfume repository. */
export function createLayeringCatalogRepository(sql: Sql) {
  return {
    profiles: (ids: readonly number[]) => findLayeringProfiles(sql, ids),
    nearestCandidates: (perfumeId: number, model: string, limit: number) =>
      findNearestCandidates(sql, perfumeId, model, limit),
    familyLeaders: (perFamily: number, minStrength: number) => findFamilyLeaders(sql, perFamily, minStrength),
  };
}

export type LayeringCatalogRepository = ReturnType<typeof createLayeringCatalogRepository>;
