import { ACCORDS } from '@scentence/api/vocabulary';
import { createPerfumeRepository, seedShippedCatalog } from '@scentence/db';
import { createTestDatabases, type TestDatabases } from '@scentence/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScentmapRouter, type ScentmapRouter } from '../src/router';

let databases: TestDatabases;
let scentmap: ReturnType<ScentmapRouter['createCaller']>;

beforeAll(async () => {
  databases = await createTestDatabases(['perfume']);
  await seedShippedCatalog(databases.get('perfume'));
  scentmap = createScentmapRouter({ perfumes: createPerfumeRepository(databases.get('perfume')) }).createCaller({
    caller: null,
  });
});
afterAll(() => databases?.close());

describe('the scentmap label vocabulary', () => {
  it('lists every accord with its colour and Korean and English labels', async () => {
    const vocabulary = await scentmap.vocabulary.get({});
    expect(vocabulary.accords).toEqual([...ACCORDS]);
    expect(vocabulary.seasons.map((s) => s.ko)).toEqual(['봄', '여름', '가을', '겨울']);
    expect(vocabulary.genders.map((g) => g.en)).toEqual(['Feminine', 'Masculine', 'Unisex']);
  });
});

describe('perfume lookup', () => {
  it('returns summaries in the order asked, leaving out unknown ids', async () => {
    const { items } = await scentmap.perfume.lookup({ ids: '3,1,999999,2' });
    expect(items.map((p) => p.id)).toEqual([3, 1, 2]);
    expect(items[0]?.accords[0]?.strength).toBe(100);
  });

  it('rejects a malformed id list', async () => {
    await expect(scentmap.perfume.lookup({ ids: '1,abc' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
