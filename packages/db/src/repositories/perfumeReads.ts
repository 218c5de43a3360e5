import type {
  PerfumeDetail,
  PerfumeSearchQuery,
  PerfumeSearchResult,
  PerfumeSummary,
} from '@scentence/api/schemas';
import type {
  AccordKey,
  ConcentrationKey,
  GenderKey,
  NotePosition,
  OccasionKey,
  SeasonKey,
} from '@scentence/api/vocabulary';
import type postgres from 'postgres';
import type { Sql } from '../connections';
import { containsPattern, foldText, noteSlug } from '../text/normalize';

/** An accord counts as "present" for filtering from this strength on. */
const ACCORD_PRESENT = 30;
/** A season or occasion "fits" from this share on (shares are relative to the best fit, 100). */
const SHARE_FITS = 50;
const SUMMARY_ACCORDS = 6;

interface PerfumeRow {
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

const perfumeColumns = (sql: Sql) => sql`
  p.id, b.name AS brand, b.name_ko AS brand_ko, p.name, p.name_ko, p.release_year, p.concentration,
  p.gender, p.image_url`;

async function accordsOf(sql: Sql, ids: number[]): Promise<Map<number, PerfumeSummary['accords']>> {
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

function toSummary(row: PerfumeRow, accords: PerfumeSummary['accords'] | undefined, limit = SUMMARY_ACCORDS): PerfumeSummary {
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

function and(sql: Sql, conditions: postgres.PendingQuery<postgres.Row[]>[]) {
  return conditions.reduce((all, condition) => sql`${all} AND ${condition}`, sql`TRUE`);
}

function searchConditions(sql: Sql, query: PerfumeSearchQuery) {
  const conditions: postgres.PendingQuery<postgres.Row[]>[] = [];
  const text = query.q ? foldText(query.q) : '';
  if (text) {
    conditions.push(sql`(p.search_text LIKE ${containsPattern(text)} OR ${text} <% p.search_text)`);
  }
  for (const accord of query.accords ?? []) {
    conditions.push(sql`EXISTS (SELECT 1 FROM perfume_accords a
      WHERE a.perfume_id = p.id AND a.accord_key = ${accord} AND a.strength >= ${ACCORD_PRESENT})`);
  }
  for (const note of query.notes ?? []) {
    conditions.push(sql`EXISTS (SELECT 1 FROM perfume_notes pn JOIN notes n ON n.id = pn.note_id
      WHERE pn.perfume_id = p.id AND n.slug = ${noteSlug(note)})`);
  }
  if (query.gender) conditions.push(sql`p.gender = ${query.gender}`);
  if (query.season) {
    conditions.push(sql`EXISTS (SELECT 1 FROM perfume_seasons s
      WHERE s.perfume_id = p.id AND s.season = ${query.season} AND s.share >= ${SHARE_FITS})`);
  }
  if (query.occasion) {
    conditions.push(sql`EXISTS (SELECT 1 FROM perfume_occasions o
      WHERE o.perfume_id = p.id AND o.occasion = ${query.occasion} AND o.share >= ${SHARE_FITS})`);
  }
  return { where: and(sql, conditions), text };
}

export async function searchPerfumes(sql: Sql, query: PerfumeSearchQuery): Promise<PerfumeSearchResult> {
  const { where, text } = searchConditions(sql, query);
  const order = text
    ? sql`word_similarity(${text}, p.search_text) DESC, p.popularity DESC, p.id`
    : sql`p.popularity DESC, p.id`;
  const rows = await sql<(PerfumeRow & { total: number })[]>`
    SELECT ${perfumeColumns(sql)}, count(*) OVER ()::int AS total
    FROM perfumes p JOIN brands b ON b.id = p.brand_id
    WHERE ${where}
    ORDER BY ${order}
    LIMIT ${query.limit} OFFSET ${query.cursor}`;
  const accords = await accordsOf(
    sql,
    rows.map((row) => row.id),
  );
  const total = rows[0]?.total ?? (query.cursor > 0 ? await countPerfumes(sql, query) : 0);
  const next = query.cursor + rows.length;
  return {
    items: rows.map((row) => toSummary(row, accords.get(row.id))),
    total,
    nextCursor: next < total ? next : null,
  };
}

async function countPerfumes(sql: Sql, query: PerfumeSearchQuery): Promise<number> {
  const { where } = searchConditions(sql, query);
  const [row] = await sql<{ total: number }[]>`
    SELECT count(*)::int AS total FROM perfumes p JOIN brands b ON b.id = p.brand_id WHERE ${where}`;
  return row?.total ?? 0;
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
