import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type postgres from 'postgres';

const MIGRATIONS_DIR = path.join(import.meta.dirname, '.');

export interface Migration {
  name: string;
  sql: string;
}

async function migrationFiles(database: string): Promise<string[]> {
  return (await readdir(path.join(MIGRATIONS_DIR, database))).filter((file) => file.endsWith('.sql')).sort();
}

export async function readMigrations(database: string): Promise<Migration[]> {
  const dir = path.join(MIGRATIONS_DIR, database);
  const files = await migrationFiles(database);
  return Promise.all(files.map(async (name) => ({ name, sql: await readFile(path.join(dir, name), 'utf8') })));
}

/** How schema_migrations records a migration: by folder too, so one database can hold all three. */
export const recordedName = (database: string, migration: Migration) => `${database}/${migration.name}`;

/** The folders that hold a file of each name (member and recom both start with 0001_init.sql). */
async function foldersByFileName(): Promise<Map<string, string[]>> {
  const folders = (await readdir(MIGRATIONS_DIR, { withFileTypes: true })).filter((entry) => entry.isDirectory());
  const byName = new Map<string, string[]>();
  for (const folder of folders) {
    for (const file of await migrationFiles(folder.name)) byName.set(file, [...(byName.get(file) ?? []), folder.name]);
  }
  return byName;
}

/**
 * Which rows written before migrations were recorded by folder (the file name alone) are this
 * folder's. Such a database held one folder's migrations, and the names only one folder has tell
 * which: a name several folders share counts for that folder alone, and for none when the rows
 * point to no folder or to several (the shared 0001_init.sql is then applied again; it is idempotent).
 * So a member_db from then that one DATABASE_URL now shares with recom_db still gets recom's.
 */
async function legacyRowsOf(database: string, applied: ReadonlySet<string>): Promise<Set<string>> {
  const bare = [...applied].filter((name) => !name.includes('/'));
  if (bare.length === 0) return new Set();
  const folders = await foldersByFileName();
  const foldersOf = (name: string) => folders.get(name) ?? [];
  const pointedTo = new Set(bare.flatMap((name) => (foldersOf(name).length === 1 ? foldersOf(name) : [])));
  const ownsShared = pointedTo.size === 1 && pointedTo.has(database);
  return new Set(
    bare.filter((name) => foldersOf(name).includes(database) && (foldersOf(name).length === 1 || ownsShared)),
  );
}

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
    const legacy = await legacyRowsOf(database, applied);
    const pending = migrations.filter(
      (migration) => !applied.has(recordedName(database, migration)) && !legacy.has(migration.name),
    );
    for (const migration of pending) {
      await tx.unsafe(migration.sql);
      await tx`INSERT INTO schema_migrations (name) VALUES (${recordedName(database, migration)})`;
    }
    return pending.map((migration) => migration.name);
  });
}
