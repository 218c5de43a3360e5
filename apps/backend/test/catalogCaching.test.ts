import { seedShippedCatalog } from '@scentence/db';
import { createDatabaseBehindProxy, type TcpProxy } from '@scentence/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackendService } from '../src/service';

const CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=600';

let proxy: TcpProxy;
let baseUrl: string;
let close: () => Promise<void>;
let perfumeId: number;
let otherPerfumeId: number;

beforeAll(async () => {
  const behindProxy = await createDatabaseBehindProxy();
  proxy = behindProxy.proxy;
  const sql = behindProxy.databases.get('perfume');
  await seedShippedCatalog(sql);
  const [first, second] = await sql<{ id: number }[]>`SELECT id FROM perfumes ORDER BY popularity DESC, id LIMIT 2`;
  perfumeId = first!.id;
  otherPerfumeId = second!.id;
  const { host } = createBackendService(behindProxy.databases, {
    authSecret: 'test-secret-that-is-long-enough-for-hs256!',
    corsOrigins: [],
  });
  baseUrl = `http://127.0.0.1:${await host.listen(0, '127.0.0.1')}`;
  close = async () => {
    await host.close();
    await behindProxy.close();
  };
}, 120_000);
afterAll(() => close?.());

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${baseUrl}${path}`, { headers });

describe('public catalog reads are cacheable', () => {
  it('carry an ETag of the catalog version and a short Cache-Control with stale-while-revalidate', async () => {
    const paths = [
      '/api/perfumes?q=rose&accords=floral',
      `/api/perfumes/${perfumeId}`,
      `/api/perfumes/${perfumeId}/similar`,
      '/api/search/suggest?q=sa',
      '/api/notes/rose',
      '/api/notes',
      '/api/accords/woody',
      '/api/brands/chanel',
      '/api/vocabulary',
      '/api/catalog/pages',
    ];
    for (const path of paths) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('etag'), path).toMatch(/^"catalog\d+-[\w-]+"$/);
      expect(response.headers.get('cache-control'), path).toBe(CACHE_CONTROL);
    }
  });

  it('answers 404s without validators', async () => {
    const missing = await get('/api/perfumes/99999999');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('etag')).toBeNull();
    expect((await get('/api/perfumes/99999999/similar')).status).toBe(404);
  });

  it('revalidates with a 304, and keeps doing so while the database is unreachable', async () => {
    const path = `/api/perfumes/${perfumeId}`;
    const first = await get(path);
    const etag = first.headers.get('etag')!;
    const body = await first.text();
    expect((await get(path, { 'if-none-match': etag })).status).toBe(304);

    await proxy.cut();
    try {
      const revalidated = await get(path, { 'if-none-match': etag });
      expect(revalidated.status).toBe(304);
      expect(revalidated.headers.get('etag')).toBe(etag);
      expect(await revalidated.text()).toBe('');
      // The answer given for this ETag is given again; another perfume needs the database.
      const again = await get(path);
      expect(again.status).toBe(200);
      expect(await again.text()).toBe(body);
      expect((await get(`/api/perfumes/${otherPerfumeId}`)).status).toBe(503);
    } finally {
      await proxy.restore();
    }
  });
});
