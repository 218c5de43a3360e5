import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sql } from '../src/connections';
import { migrate, readMigrations, recordedName } from '../src/migrations/migrate';
import { createTestDatabases, type TestDatabases } from '../src/testing/testDatabases';

let databases: TestDatabases;
let sql: Sql;

beforeAll(async () => {
  databases = await createTestDatabases(['member']);
  sql = databases.get('member');
});
afterAll(async () => {
  await databases?.close();
});

/** Rewrites schema_migrations to these rows (file names alone were written before folders were). */
async function recordBare(names: readonly string[]) {
  await sql`DELETE FROM schema_migrations`;
  for (const name of names) await sql`INSERT INTO schema_migrations (name) VALUES (${name})`;
}

const fileNames = async (database: string) => (await readMigrations(database)).map((migration) => migration.name);

describe('migrations recorded before names carried the folder', { timeout: 120_000 }, () => {
  it("count for the one folder they came from, not for another folder's file of the same name", async () => {
    // A member_db from then, which one DATABASE_URL now shares with recom_db.
    await recordBare(await fileNames('member'));
    expect(await migrate(sql, 'member')).toEqual([]);
    expect(await migrate(sql, 'recom')).toEqual(await fileNames('recom'));
    const [meta] = await sql`SELECT to_regclass('recom_meta') IS NOT NULL AS present`;
    expect(meta?.present).toBe(true);
  });

  it('apply again a file name that several folders have when nothing tells whose it was', async () => {
    const later = (await readMigrations('member')).slice(1).map((migration) => recordedName('member', migration));
    await recordBare(['0001_init.sql', ...later]);
    expect(await migrate(sql, 'member')).toEqual(['0001_init.sql']);
  });
});
