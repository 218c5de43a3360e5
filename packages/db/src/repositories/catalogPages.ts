import type { PerfumeSearchResult } from '@scentence/api/schemas';
import type { AccordKey } from '@scentence/api/vocabulary';
import type { Sql } from '../connections';
import { type SummaryRow, summaryColumns, summaryOf } from './perfumeReads';
import { ACCORD_PRESENT, searchPerfumes } from './perfumeSearch';

export interface NoteRow {
  slug: string;
  name: string;
  nameKo: string | null;
  perfumes: number;
}

export async function findNote(sql: Sql, slug: string): Promise<NoteRow | null> {
  const [row] = await sql<{ slug: string; name: string; name_ko: string | null; perfumes: number }[]>`
    SELECT n.slug, n.name, n.name_ko, (SELECT count(DISTINCT perfume_id)::int FROM perfume_notes WHERE note_id = n.id) AS perfumes
    FROM notes n WHERE n.slug = ${slug}`;
  return row ? { slug: row.slug, name: row.name, nameKo: row.name_ko, perfumes: row.perfumes } : null;
}

/** The perfumes that carry a note, most popular first. */
export function perfumesWithNote(sql: Sql, slug: string, limit: number, cursor: number): Promise<PerfumeSearchResult> {
  return searchPerfumes(sql, { notes: [slug], accordMode: 'all', sort: 'popularity', limit, cursor });
}

/**
 * The perfumes in which an accord is strongest, strongest first, with their summaries: one
 * statement. The total is counted apart, from the accord index alone, so the page is found by
 * walking that index in strength order and sorting only the first strengths by popularity (a
 * window count over every match made PostgreSQL sort all 17,643 floral perfumes: 134 → 25 ms).
 */
export async function perfumesByAccord(
  sql: Sql,
  key: AccordKey,
  limit: number,
  cursor: number,
): Promise<PerfumeSearchResult> {
  const matching = sql`perfume_accords WHERE accord_key = ${key} AND strength >= ${ACCORD_PRESENT}`;
  const rows = await sql<(SummaryRow & { total: number })[]>`
    SELECT ${summaryColumns(sql)}, (SELECT count(*)::int FROM ${matching}) AS total
    FROM (
      SELECT q.id, pa.strength, q.popularity
      FROM perfume_accords pa JOIN perfumes q ON q.id = pa.perfume_id
      WHERE pa.accord_key = ${key} AND pa.strength >= ${ACCORD_PRESENT}
      ORDER BY pa.strength DESC, q.popularity DESC, q.id
      LIMIT ${limit} OFFSET ${cursor}
    ) page JOIN perfumes p ON p.id = page.id
    ORDER BY page.strength DESC, page.popularity DESC, page.id`;
  const total =
    rows[0]?.total ??
    (cursor > 0
      ? ((await sql<{ total: number }[]>`SELECT count(*)::int AS total FROM ${matching}`)[0]?.total ?? 0)
      : 0);
  const next = cursor + rows.length;
  return {
    items: rows.map(summaryOf),
    total,
    nextCursor: rows.length > 0 && next < total ? next : null,
  };
}

/** Notes that most often build an accord: the commonest notes of perfumes where it is strong. */
export async function notesOfAccord(sql: Sql, key: AccordKey, limit: number) {
  const rows = await sql<{ slug: string; name: string; name_ko: string | null; perfumes: number }[]>`
    SELECT n.slug, n.name, n.name_ko, count(DISTINCT pn.perfume_id)::int AS perfumes
    FROM perfume_accords a JOIN perfume_notes pn ON pn.perfume_id = a.perfume_id JOIN notes n ON n.id = pn.note_id
    WHERE a.accord_key = ${key} AND a.strength >= 60
    GROUP BY n.id ORDER BY perfumes DESC, n.slug LIMIT ${limit}`;
  return rows.map((row) => ({ slug: row.slug, name: row.name, nameKo: row.name_ko, perfumes: row.perfumes }));
}
