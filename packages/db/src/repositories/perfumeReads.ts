import type { PerfumeDetail, PerfumeSummary } from '@scentence/api/schemas';
import type { ConcentrationKey, GenderKey } from '@scentence/api/vocabulary';
import type { Sql } from '../connections';

/** A summary's strongest accords; the read model (migration 0008) keeps as many. */
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

/**
 * All the accords of perfume `p` as a JSON array, strongest first. Built with `json` rather than
 * `jsonb`, which keeps each object's keys in the order the API writes them.
 */
const accordsJson = (
  sql: Sql,
) => sql`(SELECT COALESCE(json_agg(json_build_object('key', a.accord_key, 'strength', a.strength)
    ORDER BY a.strength DESC, a.accord_key), '[]')
  FROM perfume_accords a WHERE a.perfume_id = p.id)`;

/**
 * Perfume `p`'s summary as the read model keeps it (migration 0008: built when the catalog
 * changes, with its SUMMARY_ACCORDS strongest accords), so a read does not aggregate them again.
 */
export const summaryColumns = (sql: Sql) =>
  sql`(SELECT s.summary FROM perfume_summaries s WHERE s.perfume_id = p.id) AS summary`;

export interface SummaryRow {
  summary: PerfumeSummary;
}

/** How a perfume is named, as the API writes it: its house and name (each with the Korean), year and concentration. */
export function namingOf(row: PerfumeRow) {
  return {
    brand: row.brand,
    brandKo: row.brand_ko,
    name: row.name,
    nameKo: row.name_ko,
    year: row.release_year,
    concentration: row.concentration,
  };
}

export function toSummary(
  row: PerfumeRow,
  accords: PerfumeSummary['accords'] | undefined,
  limit = SUMMARY_ACCORDS,
): PerfumeSummary {
  return {
    id: row.id,
    ...namingOf(row),
    gender: row.gender,
    imageUrl: row.image_url,
    accords: (accords ?? []).slice(0, limit),
  };
}

export const summaryOf = (row: SummaryRow): PerfumeSummary => row.summary;

/** Summaries in the order of `ids`, in one statement; unknown ids are left out. */
export async function findPerfumeSummaries(sql: Sql, ids: number[]): Promise<PerfumeSummary[]> {
  if (ids.length === 0) return [];
  const rows = await sql<SummaryRow[]>`
    SELECT s.summary
    FROM unnest(${ids}::int[]) WITH ORDINALITY AS wanted(id, place)
      JOIN perfume_summaries s ON s.perfume_id = wanted.id
    ORDER BY wanted.place`;
  return rows.map(summaryOf);
}

export type DetailRow = PerfumeRow & {
  accords: PerfumeSummary['accords'];
  perfumers: string[];
  longevity: number | null;
  sillage: number | null;
  notes: PerfumeDetail['notes'];
  seasons: PerfumeDetail['seasons'];
  occasions: PerfumeDetail['occasions'];
};

/** A whole perfume's columns (a DetailRow) for perfume `p` joined to its brand `b`: all its accords, notes, seasons, occasions. */
export const detailColumns = (sql: Sql) => sql`
  ${perfumeColumns(sql)}, p.perfumers, p.longevity::float8 AS longevity, p.sillage::float8 AS sillage,
  ${accordsJson(sql)} AS accords,
  (SELECT COALESCE(json_agg(json_build_object('slug', n.slug, 'name', n.name, 'nameKo', n.name_ko,
      'position', pn.position)
      ORDER BY array_position(ARRAY['top', 'middle', 'base', 'flat'], pn.position), pn.rank), '[]')
    FROM perfume_notes pn JOIN notes n ON n.id = pn.note_id WHERE pn.perfume_id = p.id) AS notes,
  (SELECT COALESCE(json_agg(json_build_object('key', s.season, 'share', s.share)
      ORDER BY s.share DESC, s.season), '[]')
    FROM perfume_seasons s WHERE s.perfume_id = p.id) AS seasons,
  (SELECT COALESCE(json_agg(json_build_object('key', o.occasion, 'share', o.share)
      ORDER BY o.share DESC, o.occasion), '[]')
    FROM perfume_occasions o WHERE o.perfume_id = p.id) AS occasions`;

export function detailOf(row: DetailRow): PerfumeDetail {
  return {
    ...toSummary(row, row.accords, Number.POSITIVE_INFINITY),
    perfumers: row.perfumers,
    notes: row.notes,
    seasons: row.seasons,
    occasions: row.occasions,
    longevity: row.longevity,
    sillage: row.sillage,
  };
}

/** A perfume page's data in one statement: the perfume, all its accords, its notes, seasons and occasions. */
export async function findPerfumeById(sql: Sql, id: number): Promise<PerfumeDetail | null> {
  const [row] = await sql<DetailRow[]>`
    SELECT ${detailColumns(sql)}
    FROM perfumes p JOIN brands b ON b.id = p.brand_id WHERE p.id = ${id}`;
  return row ? detailOf(row) : null;
}

export async function countCatalog(sql: Sql): Promise<number> {
  const [row] = await sql<{ total: number }[]>`SELECT count(*)::int AS total FROM perfumes`;
  return row?.total ?? 0;
}
