import type { Sql } from '../connections';

/** A stored map: what the scentmap service computed from one catalog version, as gzipped JSON. */
export interface StoredMapLayout {
  id: number;
  catalogVersion: number;
  computedAt: Date;
  points: number;
  method: string;
  payload: Uint8Array;
}

/** What a stored map is known by without its payload (a cheap read to see whether it changed). */
export type MapLayoutHeader = Omit<StoredMapLayout, 'payload'>;

/** How many maps are kept: the serving one and the one before it. */
const KEPT_LAYOUTS = 2;

interface LayoutRow {
  id: number;
  catalog_version: string;
  computed_at: Date;
  points: number;
  method: string;
}

const toHeader = (row: LayoutRow): MapLayoutHeader => ({
  id: row.id,
  catalogVersion: Number(row.catalog_version),
  computedAt: row.computed_at,
  points: row.points,
  method: row.method,
});

export async function newestMapLayoutHeader(sql: Sql): Promise<MapLayoutHeader | null> {
  const [row] = await sql<LayoutRow[]>`
    SELECT id, catalog_version::text AS catalog_version, computed_at, points, method
    FROM map_layouts ORDER BY id DESC LIMIT 1`;
  return row ? toHeader(row) : null;
}

export async function newestMapLayout(sql: Sql): Promise<StoredMapLayout | null> {
  const [row] = await sql<(LayoutRow & { payload: Uint8Array })[]>`
    SELECT id, catalog_version::text AS catalog_version, computed_at, points, method, payload
    FROM map_layouts ORDER BY id DESC LIMIT 1`;
  return row ? { ...toHeader(row), payload: row.payload } : null;
}

/**
 * Stores a new map and drops all but the newest two. Another replica may have stored a map of the
 * same catalog version and method meanwhile: then nothing is written and null comes back.
 */
export async function saveMapLayout(
  sql: Sql,
  layout: Omit<StoredMapLayout, 'id' | 'computedAt'> & { computedAt: Date },
): Promise<MapLayoutHeader | null> {
  return sql.begin(async (tx) => {
    const [row] = await tx<LayoutRow[]>`
      INSERT INTO map_layouts (catalog_version, computed_at, points, method, payload)
      SELECT ${layout.catalogVersion}, ${layout.computedAt}, ${layout.points}, ${layout.method}, ${layout.payload}
      WHERE NOT EXISTS (
        SELECT 1 FROM map_layouts WHERE catalog_version = ${layout.catalogVersion} AND method = ${layout.method}
          AND id = (SELECT max(id) FROM map_layouts))
      RETURNING id, catalog_version::text AS catalog_version, computed_at, points, method`;
    await tx`DELETE FROM map_layouts WHERE id NOT IN (SELECT id FROM map_layouts ORDER BY id DESC LIMIT ${KEPT_LAYOUTS})`;
    return row ? toHeader(row) : null;
  });
}
