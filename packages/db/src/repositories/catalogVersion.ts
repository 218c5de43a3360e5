import type postgres from 'postgres';
import type { Sql } from '../connections';

/**
 * The catalog's version (migration 0005): one number that every write changing the catalog
 * bumps, so a cache built from the catalog knows with one cheap read whether it is still current.
 */
export async function catalogVersion(sql: Sql): Promise<number> {
  const [row] = await sql<{ version: string }[]>`SELECT version::text AS version FROM catalog_version`;
  return Number(row?.version ?? 0);
}

/** Marks the catalog as changed; inside the writing transaction when there is one. */
export async function bumpCatalogVersion(sql: Sql | postgres.TransactionSql): Promise<number> {
  const [row] = await sql<{ version: string }[]>`
    UPDATE catalog_version SET version = version + 1, changed_at = now() RETURNING version::text AS version`;
  return Number(row?.version ?? 0);
}
