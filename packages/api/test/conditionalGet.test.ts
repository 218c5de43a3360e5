import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { idParam } from '../src/schemas/common';
import { publicProcedure, router } from '../src/trpc/init';
import { serveForTests } from './support/servedHost';

const tags = ['items'];
const cache = { maxAgeSeconds: 60, staleWhileRevalidateSeconds: 600 };
let version = 'v1';
let runs = 0;

const testRouter = router({
  catalog: publicProcedure
    .meta({ openapi: { method: 'GET', path: '/catalog', tags, summary: 'Cacheable' }, cache })
    .input(z.object({ id: idParam.optional() }))
    .output(z.object({ version: z.string(), id: z.number().nullable() }))
    .query(({ input }) => {
      runs++;
      return { version, id: input.id ?? null };
    }),
  live: publicProcedure
    .meta({ openapi: { method: 'GET', path: '/live', tags, summary: 'Not cacheable' } })
    .input(z.object({}))
    .output(z.object({ runs: z.number() }))
    .query(() => ({ runs })),
});

const served = serveForTests(testRouter, { cacheVersion: () => version });

describe('conditional GETs', () => {
  it('tags a cacheable answer, answers 304 to its tag and gives it again from memory until the version moves', async () => {
    const first = await fetch(`${served.origin}/api/catalog?id=3`);
    const etag = first.headers.get('etag') ?? '';
    expect(first.headers.get('cache-control')).toBe('public, max-age=60, stale-while-revalidate=600');
    expect(await first.json()).toEqual({ version: 'v1', id: 3 });
    const ranBefore = runs;

    const unchanged = await fetch(`${served.origin}/api/catalog?id=3`, {
      headers: { 'if-none-match': `W/${etag}, "x"` },
    });
    expect(unchanged.status).toBe(304);
    const again = await fetch(`${served.origin}/api/catalog?id=3`);
    expect(await again.json()).toEqual({ version: 'v1', id: 3 });
    expect(again.headers.get('etag')).toBe(etag);
    expect(runs).toBe(ranBefore);

    version = 'v2';
    const moved = await fetch(`${served.origin}/api/catalog?id=3`, { headers: { 'if-none-match': etag } });
    expect(moved.status).toBe(200);
    expect(moved.headers.get('etag')).not.toBe(etag);
    expect(await moved.json()).toEqual({ version: 'v2', id: 3 });
    expect(runs).toBe(ranBefore + 1);
  });

  it('leaves errors and operations without a cache policy untagged', async () => {
    const refused = await fetch(`${served.origin}/api/catalog?id=abc`);
    expect(refused.status).toBe(400);
    expect(refused.headers.get('etag')).toBeNull();
    expect((await fetch(`${served.origin}/api/live`)).headers.get('etag')).toBeNull();
  });
});
