import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabases } from '../src/connections';
import { DataDirInUseError, lockDataDir, lockHolder } from '../src/embedded/dataDirLock';
import { migrate, readMigrations, recordedName } from '../src/migrations/migrate';
import { createPerfumeRepository } from '../src/repositories/perfumeRepository';
import { shippedCatalogRecords } from '../src/seed/catalogRecords';
import { seedShippedCatalog } from '../src/seed/seedCatalog';
import { createTestDatabases } from '../src/testing/testDatabases';

const scratch = mkdtempSync(path.join(tmpdir(), 'scentence-db-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// Each test opens databases (embedded ones on disk) and runs every migration: tens of seconds on a
// busy two-core machine, well past the default test timeout.
const OPEN_AND_MIGRATE_MS = 120_000;

describe('migrations', { timeout: OPEN_AND_MIGRATE_MS }, () => {
  it('apply once per database and record what they applied', async () => {
    const databases = await createTestDatabases(['perfume', 'member', 'recom']);
    try {
      for (const name of ['perfume', 'member', 'recom'] as const) {
        const sql = databases.get(name);
        expect(await migrate(sql, name)).toEqual([]);
        const applied = await sql<{ name: string }[]>`SELECT name FROM schema_migrations ORDER BY name`;
        expect(applied.map((row) => row.name)).toEqual((await readMigrations(name)).map((m) => recordedName(name, m)));
      }
      const [index] = await databases.get('perfume')`
        SELECT indexdef FROM pg_indexes WHERE indexname = 'perfume_embeddings_hnsw'`;
      expect(index?.indexdef).toContain('hnsw');
    } finally {
      await databases.close();
    }
  });
});

describe('the shipped catalog seed', { timeout: OPEN_AND_MIGRATE_MS }, () => {
  it('seeds once, with an embedding per perfume, and a second run changes nothing', async () => {
    const databases = await createTestDatabases(['perfume']);
    try {
      const sql = databases.get('perfume');
      const first = await seedShippedCatalog(sql);
      expect(first.seeded).toBe(true);
      const perfumes = createPerfumeRepository(sql);
      expect(await perfumes.count()).toBe(first.perfumes);
      const [embeddings] = await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM perfume_embeddings`;
      expect(embeddings?.n).toBe(first.perfumes);
      expect((await seedShippedCatalog(sql)).seeded).toBe(false);

      const again = await perfumes.upsert(shippedCatalogRecords().slice(0, 50));
      expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 50 });
    } finally {
      await databases.close();
    }
  });
});

describe('embedded data folders', { timeout: OPEN_AND_MIGRATE_MS }, () => {
  it('survive a restart', async () => {
    const dataDir = path.join(scratch, 'restart');
    const first = await openDatabases({ urls: {}, dataDir, open: ['perfume'] });
    await seedShippedCatalog(first.get('perfume'));
    await first.close();
    const second = await openDatabases({ urls: {}, dataDir, open: ['perfume'] });
    try {
      expect(await createPerfumeRepository(second.get('perfume')).count()).toBeGreaterThan(300);
    } finally {
      await second.close();
    }
  });

  it('refuse a second process while one holds the folder, and free a stale lock', async () => {
    const dataDir = path.join(scratch, 'locked');
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      lockDataDir(dataDir)();
      writeFileSync(path.join(dataDir, 'scentence.lock'), String(holder.pid));
      expect(lockHolder(dataDir)).toBe(holder.pid);
      expect(() => lockDataDir(dataDir)).toThrow(DataDirInUseError);
    } finally {
      holder.kill();
      await new Promise((resolve) => holder.once('exit', resolve));
    }
    expect(lockHolder(dataDir)).toBeNull();
    lockDataDir(dataDir)();
  });
});
