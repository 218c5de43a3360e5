import { ACCORDS } from '@scentence/api/vocabulary';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScentmapRouter } from '../src/router';
import { type MapFixture, startMapService } from './mapFixture';

let fixture: MapFixture;
let scentmap: ReturnType<ScentmapRouter['createCaller']>;

beforeAll(async () => {
  fixture = await startMapService();
  await fixture.service.map.refresh();
  scentmap = fixture.service.router.createCaller({ caller: null });
});
afterAll(() => fixture?.close());

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

describe('the map over tRPC', () => {
  it('labels the wheel by family and the similarity map by leading accords, in Korean and English', async () => {
    const wheel = await scentmap.map.clusters({ layout: 'wheel' });
    expect(wheel.groups.map((group) => group.label.en)).toEqual(['Fresh', 'Floral', 'Amber', 'Woody']);
    expect(wheel.clusters.find((cluster) => cluster.accords[0] === 'citrus')?.label).toEqual({
      ko: '시트러스',
      en: 'Citrus',
    });
    const similarity = await scentmap.map.clusters({});
    expect(similarity.layout).toBe('similarity');
    for (const cluster of similarity.clusters) {
      expect(cluster.label.ko).toMatch(/[가-힣]/);
      expect(cluster.color).toBe(ACCORDS.find((accord) => accord.key === cluster.accords[0])?.color);
    }
    const points = await scentmap.map.points({});
    const sizes = similarity.clusters.map(
      (cluster) => points.layouts.similarity.cluster.filter((c) => c === cluster.index).length,
    );
    expect(sizes).toEqual(similarity.clusters.map((cluster) => cluster.size));
  });

  it("puts a citrus perfume in the wheel's citrus sector, nearer the centre than a leathery one", async () => {
    const points = await scentmap.map.points({});
    const wheel = await scentmap.map.clusters({ layout: 'wheel' });
    const citrus = points.dictionaries.accords.indexOf('citrus');
    const leathery = points.dictionaries.accords.indexOf('leathery');
    const radius = (i: number) => Math.hypot(points.layouts.wheel.x[i] ?? 0, points.layouts.wheel.y[i] ?? 0);
    const ofAccord = (accord: number) => points.ids.map((_, i) => i).filter((i) => points.dominantAccord[i] === accord);
    const citrusRadius = ofAccord(citrus).map(radius);
    const leatherRadius = ofAccord(leathery).map(radius);
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    expect(mean(citrusRadius)).toBeLessThan(mean(leatherRadius));
    const sectors = ofAccord(citrus).map((i) => wheel.clusters[points.layouts.wheel.cluster[i] ?? 0]?.accords[0]);
    expect(sectors.filter((sector) => sector === 'citrus').length).toBeGreaterThan(sectors.length / 2);
  });
});
