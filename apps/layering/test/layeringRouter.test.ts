import { VOCABULARY } from '@scentence/api/routers';
import { seedShippedCatalog } from '@scentence/db';
import { createTestDatabases, type TestDatabases } from '@scentence/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layeringDependenciesOf } from '../src/layeringDependenciesOf';
import { createLayeringRouter, type LayeringRouter } from '../src/router';

let databases: TestDatabases;
let layering: ReturnType<LayeringRouter['createCaller']>;

beforeAll(async () => {
  databases = await createTestDatabases(['perfume']);
  await seedShippedCatalog(databases.get('perfume'));
  layering = createLayeringRouter(layeringDependenciesOf(databases)).createCaller({ caller: null });
});
afterAll(() => databases?.close());

describe('the layering service', () => {
  it('serves the shared label vocabulary', async () => {
    expect(await layering.vocabulary.get({})).toEqual(VOCABULARY);
  });

  it('looks up the perfumes a pair is made of', async () => {
    const { items } = await layering.perfume.lookup({ ids: '5,5,4' });
    expect(items.map((p) => p.id)).toEqual([5, 4]);
    expect(items.every((p) => p.brand.length > 0 && p.accords.length > 0)).toBe(true);
  });
});
