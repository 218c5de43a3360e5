import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type postgres from 'postgres';

const MIGRATIONS_DIR = path.join(import.meta.dirname, '.');

export interface Migration {
  name: string;
  sql: string;
}

export async function readMigrations(database: string): Promise<Migration[]> {
  const dir = path.join(MIGRATIONS_DIR, database);
  const files = (await readdir(dir)).filter((file) => file.endsWith('.sql')).sort();
  return Promise.all(files.map(async (name) => ({ name, sql: await readFile(path.join(dir, name), 'utf8') })));
}

/** How schema_migrations records a migration: by folder too, so one database can hold all three. */
export const recordedName = (database: string, migration: Migration) => `${database}/${migration.name}`;

/**
 * Applies the database's pending migrations in order, each in its own transaction, and records
 * them in schema_migrations. An advisory lock keeps two starting replicas, or the three logical
 * databases of one server database (a single DATABASE_URL), from racing.
 */
export async function migrate(sql: postgres.Sql, database: string): Promise<string[]> {
  const migrations = await readMigrations(database);
  return sql.begin(async (tx) => {
    await tx`SELECT pg_advisory_xact_lock(hashtext('scentence:migrate'))`;
    await tx`CREATE TABLE IF NOT EXISTS schema_migrations (
      name text PRIMARY KEY,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`;
    const applied = new Set((await tx<{ name: string }[]>`SELECT name FROM schema_migrations`).map((row) => row.name));
    // Rows written before migrations were recorded by folder carry the file name alone.
    const pending = migrations.filter(
      (migration) => !applied.has(recordedName(database, migration)) && !applied.has(migration.name),
    );
    for (const migration of pending) {
      await tx.unsafe(migration.sql);
      await tx`INSERT INTO schema_migrations (name) VALUES (${recordedName(database, migration)})`;
    }
    return pending.map((migration) => migration.name);
  });
}
