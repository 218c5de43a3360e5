import { createPerfumeRepository, seedShippedCatalog } from '@scentence/db';
import { createTestDatabases } from '@scentence/db/testing';
import { type BackendRouter, createBackendRouter } from '../../src/router';

export type CatalogCaller = ReturnType<BackendRouter['createCaller']>;

/** The backend router over a fresh perfume database holding the shipped catalog, called by a guest. */
export async function openCatalogCaller() {
  const databases = await createTestDatabases(['perfume']);
  await seedShippedCatalog(databases.get('perfume'));
  const perfumes = createPerfumeRepository(databases.get('perfume'));
  const caller: CatalogCaller = createBackendRouter({ perfumes }).createCaller({ caller: null });
  return { databases, perfumes, caller, close: () => databases.close() };
}
