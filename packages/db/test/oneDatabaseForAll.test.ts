import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Databases, LOGICAL_DATABASES, openDatabases } from '../src/connections';
import { migrate, readMigrations, recordedName } from '../src/migrations/migrate';
import { createRateLimitRepository } from '../src/rateLimits/rateLimitRepository';
import { slidingWindow } from '../src/rateLimits/slidingWindow';
import { testEnv } from '../src/testing/testEnv';

// A single DATABASE_URL: perfume_db, recom_db and member_db in one PostgreSQL database.
const serverUrl = testEnv.TEST_DATABASE_URL;
const OPEN_AND_MIGRATE_MS = 120_000;

describe.skipIf(!serverUrl)('one PostgreSQL database holding all three', { timeout: OPEN_AND_MIGRATE_MS }, () => {
  const name = `scentence_test_single_${randomBytes(4).toString('hex')}`;
  const admin = postgres(serverUrl ?? '', { max: 1, onnotice: () => {} });
  let databases: Databases;

  beforeAll(async () => {
    await admin.unsafe(`CREATE DATABASE ${name}`);
    const url = new URL(serverUrl ?? '');
    url.pathname = `/${name}`;
    const single = url.toString();
    databases = await openDatabases({ urls: { perfume: single, recom: single, member: single }, maxConnections: 2 });
  }, OPEN_AND_MIGRATE_MS);

  afterAll(async () => {
    await databases?.close();
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  it('applies every migration of every folder once, recorded by folder', async () => {
    const sql = databases.get('member');
    const recorded = (await sql<{ name: string }[]>`SELECT name FROM schema_migrations`).map((row) => row.name);
    const expected = [];
    for (const database of LOGICAL_DATABASES) {
      expect(await migrate(databases.get(database), database)).toEqual([]);
      expected.push(...(await readMigrations(database)).map((migration) => recordedName(database, migration)));
    }
    expect(recorded.sort()).toEqual(expected.sort());
    const tables = await sql<{ table_name: string }[]>`
      SELECT table_name FROM information_schema.tables WHERE table_name IN ('member_meta', 'recom_meta')`;
    expect(tables).toHaveLength(2);
  });

  it('keeps the login limits and the layering limits apart', async () => {
    const logins = createRateLimitRepository(databases.get('member'), 'rate_limit_events');
    const layering = createRateLimitRepository(databases.get('recom'), 'layering_rate_limit_events');
    const now = new Date();
    const rule = { bucket: 'shared:bucket', limit: 1, windowMs: 60 * 60_000 };
    expect(await logins.consumeRateLimits([rule], now, slidingWindow)).toMatchObject({ allowed: true });
    expect(await layering.consumeRateLimits([rule], now, slidingWindow)).toMatchObject({ allowed: true });

    // Layering prunes by its one-minute windows; the hour-long login window must keep its event.
    await layering.pruneRateLimitEvents(new Date(now.getTime() + 1));
    expect(await logins.consumeRateLimits([rule], now, slidingWindow)).toMatchObject({ allowed: false });
    expect(await layering.consumeRateLimits([rule], now, slidingWindow)).toMatchObject({ allowed: true });
  });
});
