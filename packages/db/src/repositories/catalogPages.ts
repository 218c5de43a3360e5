import type { PerfumeSearchResult } from '@scentence/api/schemas';
import type { AccordKey } from '@scentence/api/vocabulary';
import type { Sql } from '../connections';
import { accordsOf, type PerfumeRow, perfumeColumns, toSummary } from './perfumeReads';
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

/** The perfumes in which an accord is strongest, strongest first. */
export async function perfumesByAccord(
  sql: Sql,
  key: AccordKey,
  limit: number,
  cursor: number,
): Promise<PerfumeSearchResult> {
  const rows = await sql<(PerfumeRow & { total: number })[]>`
    SELECT ${perfumeColumns(sql)}, count(*) OVER ()::int AS total
    FROM perfume_accords a JOIN perfumes p ON p.id = a.perfume_id JOIN brands b ON b.id = p.brand_id
    WHERE a.accord_key = ${key} AND a.strength >= ${ACCORD_PRESENT}
    ORDER BY a.strength DESC, p.popularity DESC, p.id
    LIMIT ${limit} OFFSET ${cursor}`;
  const accords = await accordsOf(
    sql,
    rows.map((row) => row.id),
  );
  const total = rows[0]?.total ?? 0;
  const next = cursor + rows.length;
  return {
    items: rows.map((row) => toSummary(row, accords.get(row.id))),
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
