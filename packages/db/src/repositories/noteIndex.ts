import type { Sql } from '../connections';

export interface NoteCount {
  slug: string;
  name: string;
  nameKo: string | null;
  perfumes: number;
}

/** Every note some perfume carries, with how many do, most carried first. */
export async function notesWithCounts(sql: Sql): Promise<NoteCount[]> {
  const rows = await sql<{ slug: string; name: string; name_ko: string | null; perfumes: number }[]>`
    SELECT n.slug, n.name, n.name_ko, counts.perfumes
    FROM (SELECT note_id, count(DISTINCT perfume_id)::int AS perfumes FROM perfume_notes GROUP BY note_id) AS counts
    JOIN notes n ON n.id = counts.note_id
    ORDER BY counts.perfumes DESC, n.slug`;
  return rows.map((row) => ({ slug: row.slug, name: row.name, nameKo: row.name_ko, perfumes: row.perfumes }));
}
