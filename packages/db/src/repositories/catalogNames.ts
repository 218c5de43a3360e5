import type { Sql } from '../connections';

/** What the backend's name index is built from: every perfume's names and its house's. */
export interface CatalogNameRow {
  id: number;
  brand: string;
  brandKo: string | null;
  name: string;
  nameKo: string | null;
  popularity: number;
}

/** A note worth understanding in a search: its slug (the filter value) and its names. */
export interface CatalogNoteRow {
  slug: string;
  name: string;
  nameKo: string | null;
}

/** A note without a Korean name counts as a search word only from this many perfumes on (imports bring stray notes). */
const NOTE_MIN_PERFUMES = 3;

export async function catalogNames(sql: Sql): Promise<CatalogNameRow[]> {
  const rows = await sql<
    { id: number; brand: string; brand_ko: string | null; name: string; name_ko: string | null; popularity: number }[]
  >`
    SELECT p.id, b.name AS brand, b.name_ko AS brand_ko, p.name, p.name_ko, p.popularity
    FROM perfumes p JOIN brands b ON b.id = p.brand_id ORDER BY p.id`;
  return rows.map((row) => ({
    id: row.id,
    brand: row.brand,
    brandKo: row.brand_ko,
    name: row.name,
    nameKo: row.name_ko,
    popularity: row.popularity,
  }));
}

/**
 * The notes a search understands: those with a Korean name (the curated table's) and those that
 * enough perfumes carry; a note nobody carries is left out.
 */
export async function catalogNotes(sql: Sql): Promise<CatalogNoteRow[]> {
  const rows = await sql<{ slug: string; name: string; name_ko: string | null }[]>`
    SELECT n.slug, n.name, n.name_ko FROM notes n
    JOIN (SELECT note_id, count(DISTINCT perfume_id) AS perfumes FROM perfume_notes GROUP BY note_id) c
      ON c.note_id = n.id
    WHERE n.name_ko IS NOT NULL OR c.perfumes >= ${NOTE_MIN_PERFUMES}
    ORDER BY n.slug`;
  return rows.map((row) => ({ slug: row.slug, name: row.name, nameKo: row.name_ko }));
}
