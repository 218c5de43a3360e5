import { randomUUID } from 'node:crypto';
import type { Caller } from '@scentence/api/auth';
import { type CatalogNameRow, createWardrobeRepository, seedShippedCatalog } from '@scentence/db';
import { createTestDatabases, type TestDatabases } from '@scentence/db/testing';
import { layeringDependenciesOf } from '../../src/layeringDependenciesOf';
import { createLayeringRouter } from '../../src/router';

/**
 * The layering router over fresh perfume and recom databases with the shipped catalog, callers
 * for anonymous visitors and for members, and the catalog's ids by house and name.
 */
export async function createLayeringFixture() {
  const databases: TestDatabases = await createTestDatabases(['perfume', 'recom']);
  await seedShippedCatalog(databases.get('perfume'));
  const deps = layeringDependenciesOf(databases, { recheckMs: 0 });
  const router = createLayeringRouter(deps);
  const names = await deps.perfumes.catalogNames();
  const wardrobe = createWardrobeRepository(databases.get('recom'));

  function perfume(brand: string, name: string): CatalogNameRow {
    const row = names.find((entry) => entry.brand === brand && entry.name === name);
    if (!row) throw new Error(`not in the shipped catalog: ${brand} / ${name}`);
    return row;
  }

  return {
    databases,
    deps,
    router,
    names,
    wardrobe,
    perfume,
    id: (brand: string, name: string) => perfume(brand, name).id,
    anonymous: () => router.createCaller({ caller: null }),
    /** A signed-in member's caller (a fresh member unless an id is given). */
    member(memberId: string = randomUUID()) {
      const caller: Caller = { memberId, role: 'member' };
      return router.createCaller({ caller });
    },
    close: () => databases.close(),
  };
}

export type LayeringFixture = Awaited<ReturnType<typeof createLayeringFixture>>;
