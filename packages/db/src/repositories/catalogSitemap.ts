import type { CatalogPages, PerfumeIdPage } from '@scentence/api/schemas';
import { brandSlug } from '@scentence/api/text';
import type { Sql } from '../connections';

/** Every brand and note with a page worth listing (one perfume or more), and the perfume count. */
export async function catalogPages(sql: Sql): Promise<CatalogPages> {
  const [count] = await sql<{ total: number }[]>`SELECT count(*)::int AS total FROM perfumes`;
  const brands = await sql<{ name: string }[]>`
    SELECT b.name FROM brands b WHERE EXISTS (SELECT 1 FROM perfumes p WHERE p.brand_id = b.id) ORDER BY b.name_key`;
  const notes = await sql<{ slug: string }[]>`
    SELECT n.slug FROM notes n WHERE EXISTS (SELECT 1 FROM perfume_notes pn WHERE pn.note_id = n.id) ORDER BY n.slug`;
  return {
    perfumes: count?.total ?? 0,
    brands: brands.map((row) => brandSlug(row.name)).filter((slug) => slug.length > 0),
    notes: notes.map((row) => row.slug),
  };
}

/** Perfume ids in id order from position `cursor`, with when each last changed. */
export async function perfumeIdPage(sql: Sql, limit: number, cursor: number): Promise<PerfumeIdPage> {
  const rows = await sql<{ id: number; updated_at: Date }[]>`
    SELECT id, updated_at FROM perfumes ORDER BY id LIMIT ${limit + 1} OFFSET ${cursor}`;
  const page = rows.slice(0, limit);
  return {
    items: page.map((row) => ({ id: row.id, updatedAt: row.updated_at.toISOString() })),
    nextCursor: rows.length > limit ? cursor + limit : null,
  };
}
