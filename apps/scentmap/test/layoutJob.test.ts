import { gzipSync } from 'node:zlib';
import type { MapPoints, MapStatus } from '@scentence/api/schemas';
import { createMapLayoutRepository, createPerfumeRepository, seedShippedCatalog } from '@scentence/db';
import { createTestDatabases } from '@scentence/db/testing';
import { afterAll, describe, expect, it } from 'vitest';

/** Each test opens and seeds its own databases: minutes on a busy two-core machine. */
const SLOW = { timeout: 240_000 };

import { computeMap } from '../src/layout/computeMap';
import {
  type ComputedMap,
  computeMapHere,
  computeMapInWorker,
  type MapComputer,
} from '../src/layout/computeMapOffThread';
import { createLayoutJob } from '../src/layout/layoutJob';
import { MAP_NOTE_LIMIT } from '../src/layout/mapFacts';
import { eventually, type MapFixture, startMapService } from './mapFixture';

const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const close of closers) await close();
});

async function shippedCatalogMap(compute: MapComputer): Promise<ComputedMap> {
  const databases = await createTestDatabases(['perfume']);
  closers.push(databases.close);
  await seedShippedCatalog(databases.get('perfume'));
  const job = createLayoutJob({
    maps: createMapLayoutRepository(databases.get('perfume')),
    catalogVersion: createPerfumeRepository(databases.get('perfume')).catalogVersion,
    compute,
    clock: () => new Date('2026-12-01T00:00:00Z'),
  });
  const outcome = await job.run();
  if (outcome.kind !== 'computed') throw new Error(`expected a computed map, got ${outcome.kind}`);
  return outcome.map;
}

describe('the layout job', () => {
  it('gives the same catalog the same coordinates, in another database and in a worker thread', SLOW, async () => {
    const here = await shippedCatalogMap(computeMapHere);
    const elsewhere = await shippedCatalogMap(computeMapInWorker);
    expect(elsewhere.data.points.layouts).toEqual(here.data.points.layouts);
    expect(elsewhere.data.clusters).toEqual(here.data.clusters);
    expect(elsewhere.data.points.ids).toEqual(here.data.points.ids);
  });

  it('stores nothing new while the stored map is current', SLOW, async () => {
    const databases = await createTestDatabases(['perfume']);
    closers.push(databases.close);
    await seedShippedCatalog(databases.get('perfume'));
    const maps = createMapLayoutRepository(databases.get('perfume'));
    const job = createLayoutJob({
      maps,
      catalogVersion: createPerfumeRepository(databases.get('perfume')).catalogVersion,
      compute: computeMapHere,
    });
    expect((await job.run()).kind).toBe('computed');
    const stored = await maps.newestHeader();
    expect(await job.run()).toEqual({ kind: 'current', header: stored });
  });
});

describe('a service whose stored map is behind', () => {
  let fixture: MapFixture;
  let release: () => void = () => {};
  const computedBefore = new Date('2026-11-01T00:00:00Z');

  it('keeps serving the stored map while the new one computes, then serves the new one', SLOW, async () => {
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const gatedCompute: MapComputer = async (input, computedAt) => {
      await gate;
      return computeMapHere(input, computedAt);
    };
    fixture = await startMapService({
      computeMap: gatedCompute,
      // A map stored by an earlier version of the method: current catalog, but computed another way.
      prepare: async (databases) => {
        const maps = createMapLayoutRepository(databases.get('perfume'));
        const catalogVersion = await createPerfumeRepository(databases.get('perfume')).catalogVersion();
        const facts = await maps.catalogFacts(MAP_NOTE_LIMIT);
        const data = computeMap({ catalogVersion, ...facts }, computedBefore);
        await maps.save({
          catalogVersion,
          computedAt: computedBefore,
          points: data.points.count,
          method: 'an earlier method',
          payload: gzipSync(JSON.stringify(data)),
        });
      },
    });
    closers.push(fixture.close);
    const status = async () => (await (await fetch(`${fixture.baseUrl}/api/map/status`)).json()) as MapStatus;
    const points = () => fetch(`${fixture.baseUrl}/api/map/points`);

    await eventually(async () => (await status()).computing);
    const during = await points();
    expect(during.status).toBe(200);
    expect(((await during.json()) as MapPoints).computedAt).toBe(computedBefore.toISOString());
    const oldTag = during.headers.get('etag') ?? '';
    expect((await fetch(`${fixture.baseUrl}/api/map/points`, { headers: { 'if-none-match': oldTag } })).status).toBe(
      304,
    );

    release();
    await eventually(async () => !(await status()).computing);
    const after = await fetch(`${fixture.baseUrl}/api/map/points`, { headers: { 'if-none-match': oldTag } });
    expect(after.status).toBe(200);
    expect(((await after.json()) as MapPoints).computedAt).not.toBe(computedBefore.toISOString());
    expect((await status()).layout?.computedAt).not.toBe(computedBefore.toISOString());
  });
});

describe('a service with no map yet', () => {
  it('answers the points with 503 and its message until the first map is stored', SLOW, async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const fixture = await startMapService({
      computeMap: async (input, computedAt) => {
        await gate;
        return computeMapHere(input, computedAt);
      },
    });
    closers.push(fixture.close);
    const early = await fetch(`${fixture.baseUrl}/api/map/points`);
    expect(early.status).toBe(503);
    expect(((await early.json()) as { messageKey: string }).messageKey).toBe('mapNotReady');
    release();
    await eventually(async () => (await fetch(`${fixture.baseUrl}/api/map/points`)).status === 200);
  });
});
