import { perfumeRecordSchema } from '@scentence/api/schemas';
import { type CatalogNameRow, createPerfumeRepository, seedShippedCatalog } from '@scentence/db';
import { createTestDatabases, type TestDatabases } from '@scentence/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCatalogRecords } from '../../../packages/db/src/import/importCatalog';
import { CATALOG_VERSION_CHECK_MS, createCatalogIndexCache } from '../src/perfume/catalogIndexCache';
import { createPerfumeSearch } from '../src/perfume/perfumeSearchService';
import { createBackendRouter } from '../src/router';

describe('the catalog index cache', () => {
  /** A catalog in memory whose version the test moves, counting what the cache reads. */
  function fakeCatalog() {
    const state = { version: 1, versionReads: 0, builds: 0, names: [] as CatalogNameRow[] };
    const repository = {
      catalogVersion: async () => {
        state.versionReads++;
        return state.version;
      },
      catalogNames: async () => {
        state.builds++;
        return state.names;
      },
      catalogNotes: async () => [],
      catalogFacets: async () => [],
    };
    return { state, repository };
  }
  const perfume = (id: number, name: string): CatalogNameRow => ({
    id,
    brand: 'Maison Test',
    brandKo: null,
    name,
    nameKo: null,
    popularity: 1,
  });

  it('builds once, reads the version at most every few seconds, and rebuilds only when it moved', async () => {
    const { state, repository } = fakeCatalog();
    state.names = [perfume(1, 'First Light')];
    let clock = 0;
    const cache = createCatalogIndexCache(repository, { now: () => clock });

    const first = await cache.current();
    expect(first.names.perfumes.map((p) => p.name)).toEqual(['First Light']);
    expect(state).toMatchObject({ versionReads: 1, builds: 1 });

    state.version = 2;
    state.names = [perfume(1, 'First Light'), perfume(2, 'Second Wind')];
    clock = CATALOG_VERSION_CHECK_MS - 1;
    expect(await cache.current()).toBe(first);
    expect(state.versionReads).toBe(1);

    clock = CATALOG_VERSION_CHECK_MS;
    const second = await cache.current();
    expect(second.version).toBe(2);
    expect(second.names.perfumes.map((p) => p.name)).toEqual(['First Light', 'Second Wind']);
    expect(state).toMatchObject({ versionReads: 2, builds: 2 });

    clock = 2 * CATALOG_VERSION_CHECK_MS;
    expect(await cache.current()).toBe(second);
    expect(state).toMatchObject({ versionReads: 3, builds: 2 });
  });

  it('lets searches that arrive together share one check and one build', async () => {
    const { state, repository } = fakeCatalog();
    const cache = createCatalogIndexCache(repository);
    const indexes = await Promise.all([cache.current(), cache.current(), cache.current()]);
    expect(new Set(indexes).size).toBe(1);
    expect(state).toMatchObject({ versionReads: 1, builds: 1 });
  });

  it('tries again on the next search when the database failed', async () => {
    const { state, repository } = fakeCatalog();
    let down = true;
    const cache = createCatalogIndexCache({
      ...repository,
      catalogVersion: async () => {
        if (down) throw Object.assign(new Error('connection refused'), { code: 'ECONNREFUSED' });
        return repository.catalogVersion();
      },
    });
    await expect(cache.current()).rejects.toThrow('connection refused');
    down = false;
    expect((await cache.current()).version).toBe(1);
    expect(state.builds).toBe(1);
  });
});

describe('a running backend and an import from the command line', () => {
  let databases: TestDatabases;
  beforeAll(async () => {
    databases = await createTestDatabases(['perfume']);
    await seedShippedCatalog(databases.get('perfume'));
  }, 120_000);
  afterAll(() => databases?.close());

  it('finds the imported perfumes by name and by filters once the version check comes round, without a restart', async () => {
    const perfumes = createPerfumeRepository(databases.get('perfume'));
    let clock = 0;
    const perfumeSearch = createPerfumeSearch(perfumes, createCatalogIndexCache(perfumes, { now: () => clock }));
    const caller = createBackendRouter({ perfumes, perfumeSearch }).createCaller({ caller: null });
    const misspelt = 'Nuit Etoilee Sauvaje';
    const woodyForMen = { accords: 'woody', gender: 'masculine' } as const;
    const woodyBefore = (await caller.perfume.search(woodyForMen)).total;

    expect((await caller.perfume.search({ q: misspelt })).didYouMean?.perfume.name).not.toBe('Nuit Étoilée Sauvage');
    await writeCatalogRecords(databases.get('perfume'), [
      perfumeRecordSchema.parse({
        brand: 'Christian Dior',
        name: 'Nuit Étoilée Sauvage',
        gender: 'masculine',
        accords: { woody: 100 },
        source: 'test',
      }),
    ]);
    // Within the check interval the index is the one built before the import.
    clock += CATALOG_VERSION_CHECK_MS - 1;
    expect((await caller.perfume.search({ q: misspelt })).didYouMean?.perfume.name).not.toBe('Nuit Étoilée Sauvage');
    expect((await caller.perfume.search(woodyForMen)).total).toBe(woodyBefore);
    clock += 1;
    const found = await caller.perfume.search({ q: misspelt });
    expect(found.didYouMean).toMatchObject({ perfume: { brand: 'Dior', name: 'Nuit Étoilée Sauvage' } });
    expect(found.items[0]).toMatchObject({ brand: 'Dior', name: 'Nuit Étoilée Sauvage' });
    // A filtered search (answered from the facet index, built with the names) counts it too.
    expect((await caller.perfume.search(woodyForMen)).total).toBe(woodyBefore + 1);
  });
});
