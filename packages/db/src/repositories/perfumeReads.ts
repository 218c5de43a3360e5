import type { PerfumeDetail, PerfumeSummary } from '@scentence/api/schemas';
import type {
  AccordKey,
  ConcentrationKey,
  GenderKey,
  NotePosition,
  OccasionKey,
  SeasonKey,
} from '@scentence/api/vocabulary';
import type { Sql } from '../connections';

const SUMMARY_ACCORDS = 6;

export interface PerfumeRow {
  id: number;
  brand: string;
  brand_ko: string | null;
  name: string;
  name_ko: string | null;
  release_year: number | null;
  concentration: ConcentrationKey | null;
  gender: GenderKey;
  image_url: string | null;
}

export const perfumeColumns = (sql: Sql) => sql`
  p.id, b.name AS brand, b.name_ko AS brand_ko, p.name, p.name_ko, p.release_year, p.concentration,
  p.gender, p.image_url`;

export async function accordsOf(sql: Sql, ids: number[]): Promise<Map<number, PerfumeSummary['accords']>> {
  const byPerfume = new Map<number, PerfumeSummary['accords']>();
  if (ids.length === 0) return byPerfume;
  const rows = await sql<{ perfume_id: number; accord_key: AccordKey; strength: number }[]>`
    SELECT perfume_id, accord_key, strength FROM perfume_accords
    WHERE perfume_id = ANY(${ids}::int[]) ORDER BY perfume_id, strength DESC, accord_key`;
  for (const row of rows) {
    const list = byPerfume.get(row.perfume_id) ?? [];
    list.push({ key: row.accord_key, strength: row.strength });
    byPerfume.set(row.perfume_id, list);
  }
  return byPerfume;
}

export function toSummary(
  row: PerfumeRow,
  accords: PerfumeSummary['accords'] | undefined,
  limit = SUMMARY_ACCORDS,
): PerfumeSummary {
  return {
    id: row.id,
    brand: row.brand,
    brandKo: row.brand_ko,
    name: row.name,
    nameKo: row.name_ko,
    year: row.release_year,
    concentration: row.concentration,
    gender: row.gender,
    imageUrl: row.image_url,
    accords: (accords ?? []).slice(0, limit),
  };
}

/** Summaries in the order of `ids`; unknown ids are left out. */
export async function findPerfumeSummaries(sql: Sql, ids: number[]): Promise<PerfumeSummary[]> {
  if (ids.length === 0) return [];
  const rows = await sql<PerfumeRow[]>`
    SELECT ${perfumeColumns(sql)} FROM perfumes p JOIN brands b ON b.id = p.brand_id
    WHERE p.id = ANY(${ids}::int[])`;
  const accords = await accordsOf(
    sql,
    rows.map((row) => row.id),
  );
  const byId = new Map(rows.map((row) => [row.id, toSummary(row, accords.get(row.id))]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export async function findPerfumeById(sql: Sql, id: number): Promise<PerfumeDetail | null> {
  const [row] = await sql<(PerfumeRow & { perfumers: string[]; longevity: number | null; sillage: number | null })[]>`
    SELECT ${perfumeColumns(sql)}, p.perfumers, p.longevity::float8 AS longevity, p.sillage::float8 AS sillage
    FROM perfumes p JOIN brands b ON b.id = p.brand_id WHERE p.id = ${id}`;
  if (!row) return null;
  const accords = await accordsOf(sql, [id]);
  const notes = await sql<{ slug: string; name: string; name_ko: string | null; position: NotePosition }[]>`
    SELECT n.slug, n.name, n.name_ko, pn.position FROM perfume_notes pn JOIN notes n ON n.id = pn.note_id
    WHERE pn.perfume_id = ${id}
    ORDER BY array_position(ARRAY['top', 'middle', 'base', 'flat'], pn.position), pn.rank`;
  const seasons = await sql<{ key: SeasonKey; share: number }[]>`
    SELECT season AS key, share FROM perfume_seasons WHERE perfume_id = ${id} ORDER BY share DESC, season`;
  const occasions = await sql<{ key: OccasionKey; share: number }[]>`
    SELECT occasion AS key, share FROM perfume_occasions WHERE perfume_id = ${id} ORDER BY share DESC, occasion`;
  return {
    ...toSummary(row, accords.get(id), Number.POSITIVE_INFINITY),
    perfumers: row.perfumers,
    notes: notes.map((note) => ({ slug: note.slug, name: note.name, nameKo: note.name_ko, position: note.position })),
    seasons: [...seasons],
    occasions: [...occasions],
    longevity: row.longevity,
    sillage: row.sillage,
  };
}

export async function countCatalog(sql: Sql): Promise<number> {
  const [row] = await sql<{ total: number }[]>`SELECT count(*)::int AS total FROM perfumes`;
  return row?.total ?? 0;
}
