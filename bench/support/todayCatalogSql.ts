/**
 * The catalog's SQL as it was before issue 14, frozen here as the "today" baseline of the
 * catalog-load benchmark: a filtered search page in three statements (matching ids, summaries,
 * their accords) and a perfume page in five. Only the shapes the benchmark sends are kept
 * (accords and notes as filters); the statements are the text the repository sent then.
 */
import type { PerfumeDetail, PerfumeSearchResult, PerfumeSummary } from '@scentence/api/schemas';
import type { Sql } from '@scentence/db';
import type postgres from 'postgres';
// The row, its columns and its summary read the same then as now: shared, not copied.
import { type PerfumeRow, perfumeColumns, toSummary } from '../../packages/db/src/repositories/perfumeReads';

type Fragment = postgres.PendingQuery<postgres.Row[]>;

const ACCORD_PRESENT = 30;

async function accordsOf(sql: Sql, ids: number[]): Promise<Map<number, PerfumeSummary['accords']>> {
  const byPerfume = new Map<number, PerfumeSummary['accords']>();
  if (ids.length === 0) return byPerfume;
  const rows = await sql<
    { perfume_id: number; accord_key: PerfumeSummary['accords'][number]['key']; strength: number }[]
  >`
    SELECT perfume_id, accord_key, strength FROM perfume_accords
    WHERE perfume_id = ANY(${ids}::int[]) ORDER BY perfume_id, strength DESC, accord_key`;
  for (const row of rows) {
    const list = byPerfume.get(row.perfume_id) ?? [];
    list.push({ key: row.accord_key, strength: row.strength });
    byPerfume.set(row.perfume_id, list);
  }
  return byPerfume;
}

function hasNote(sql: Sql, note: string): Fragment {
  return sql`EXISTS (SELECT 1 FROM perfume_notes pn JOIN notes n ON n.id = pn.note_id
    WHERE pn.perfume_id = p.id AND n.slug = ${note})`;
}

function hasAccord(sql: Sql, accord: string): Fragment {
  return sql`EXISTS (SELECT 1 FROM perfume_accords a
    WHERE a.perfume_id = p.id AND a.accord_key = ${accord} AND a.strength >= ${ACCORD_PRESENT})`;
}

const joinAnd = (sql: Sql, parts: Fragment[]) =>
  parts.slice(1).reduce((all, part) => sql`${all} AND ${part}`, parts[0]!);

/** Today's filtered search page: the ids (statement 1), then their summaries (2) and accords (3). */
export async function todayFilteredSearch(
  sql: Sql,
  filters: { accords: string[]; notes: string[] },
  limit: number,
  cursor: number,
): Promise<PerfumeSearchResult> {
  const accords = filters.accords.map((accord) => hasAccord(sql, accord));
  const conditions = [
    ...(accords.length > 0 ? [sql`(${joinAnd(sql, accords)})`] : []),
    ...filters.notes.map((note) => hasNote(sql, note)),
  ];
  const rows = await sql<{ id: number; total: number }[]>`
    WITH matched AS MATERIALIZED (
          SELECT p.id, p.popularity, p.release_year, p.name_key, p.brand_id FROM perfumes p
          WHERE ${joinAnd(sql, conditions)} AND TRUE)
    SELECT p.id, count(*) OVER ()::int AS total
    FROM matched p
    WHERE TRUE
    ORDER BY p.popularity DESC, p.id
    LIMIT ${limit} OFFSET ${cursor}`;
  const ids = rows.map((row) => row.id);
  const total = rows[0]?.total ?? 0;
  let items: PerfumeSummary[] = [];
  if (ids.length > 0) {
    const perfumes = await sql<PerfumeRow[]>`
    SELECT ${perfumeColumns(sql)} FROM perfumes p JOIN brands b ON b.id = p.brand_id
    WHERE p.id = ANY(${ids}::int[])`;
    const accordsById = await accordsOf(
      sql,
      perfumes.map((row) => row.id),
    );
    const byId = new Map(perfumes.map((row) => [row.id, toSummary(row, accordsById.get(row.id))]));
    items = ids.flatMap((id) => byId.get(id) ?? []);
  }
  const next = cursor + ids.length;
  return { items, total, nextCursor: ids.length > 0 && next < total ? next : null };
}

/** Today's perfume page: the perfume, its accords, notes, seasons and occasions, one statement each. */
export async function todayPerfumeById(sql: Sql, id: number): Promise<PerfumeDetail | null> {
  const [row] = await sql<(PerfumeRow & { perfumers: string[]; longevity: number | null; sillage: number | null })[]>`
    SELECT ${perfumeColumns(sql)}, p.perfumers, p.longevity::float8 AS longevity, p.sillage::float8 AS sillage
    FROM perfumes p JOIN brands b ON b.id = p.brand_id WHERE p.id = ${id}`;
  if (!row) return null;
  const accords = await accordsOf(sql, [id]);
  const notes = await sql<
    { slug: string; name: string; name_ko: string | null; position: PerfumeDetail['notes'][number]['position'] }[]
  >`
    SELECT n.slug, n.name, n.name_ko, pn.position FROM perfume_notes pn JOIN notes n ON n.id = pn.note_id
    WHERE pn.perfume_id = ${id}
    ORDER BY array_position(ARRAY['top', 'middle', 'base', 'flat'], pn.position), pn.rank`;
  const seasons = await sql<PerfumeDetail['seasons']>`
    SELECT season AS key, share FROM perfume_seasons WHERE perfume_id = ${id} ORDER BY share DESC, season`;
  const occasions = await sql<PerfumeDetail['occasions']>`
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
