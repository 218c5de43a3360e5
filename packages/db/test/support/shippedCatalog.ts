import { afterAll, beforeAll } from 'vitest';
import type { Sql } from '../../src/connections';
import { createPerfumeRepository, type PerfumeRepository } from '../../src/repositories/perfumeRepository';
import { seedShippedCatalog } from '../../src/seed/seedCatalog';
import { createTestDatabases, type TestDatabases } from '../../src/testing/testDatabases';

/** A fresh perfume database holding the shipped catalog for the test file, closed after it. */
export function useShippedCatalog(): { sql: () => Sql; perfumes: () => PerfumeRepository } {
  let databases: TestDatabases;
  let perfumes: PerfumeRepository;
  beforeAll(async () => {
    databases = await createTestDatabases(['perfume']);
    await seedShippedCatalog(databases.get('perfume'));
    perfumes = createPerfumeRepository(databases.get('perfume'));
  }, 120_000);
  afterAll(() => databases?.close());
  return { sql: () => databases.get('perfume'), perfumes: () => perfumes };
}
