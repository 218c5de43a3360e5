import { createPerfumeRepository } from '../repositories/perfumeRepository';
import { seedShippedCatalog } from '../seed/seedCatalog';
import { createTestDatabases } from './testDatabases';

/** A fresh perfume database holding the shipped catalog, with its repository. */
export async function openShippedCatalogDatabase() {
  const databases = await createTestDatabases(['perfume']);
  const sql = databases.get('perfume');
  await seedShippedCatalog(sql);
  return { databases, sql, perfumes: createPerfumeRepository(sql), close: () => databases.close() };
}

export type ShippedCatalogDatabase = Awaited<ReturnType<typeof openShippedCatalogDatabase>>;
