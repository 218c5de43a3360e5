import { sendRawRequest } from '@scentence/api/testing';
import { seedShippedCatalog } from '@scentence/db';
import { createTestDatabases, type TestDatabases } from '@scentence/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScentmapService } from '../src/service';

let databases: TestDatabases;
let port: number;
let close: () => Promise<void>;

beforeAll(async () => {
  databases = await createTestDatabases(['perfume']);
  await seedShippedCatalog(databases.get('perfume'));
  const { host } = createScentmapService(databases, {
    authSecret: 'scentmap-guard-tests-secret-long-enough!',
    corsOrigins: [],
  });
  port = await host.listen(0, '127.0.0.1');
  close = host.close;
});
afterAll(async () => {
  await close?.();
  await databases?.close();
});

/** A lookup's items, or the error body. */
interface Answer {
  items?: { id: number }[];
  code?: string;
  message?: string;
  issues?: { path: string }[];
}

async function call(path: string, init?: RequestInit) {
  const response = await fetch(`http://127.0.0.1:${port}${path}`, init);
  return { status: response.status, allow: response.headers.get('allow'), body: (await response.json()) as Answer };
}

// The scent map has no protected operation yet; the backend's tests cover one behind the same host.
describe('the scent map host', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('answers normally with ?%s=x', async (key) => {
    const lookup = await call(`/api/perfumes/lookup?ids=2,1&${key}=x`);
    expect(lookup.status).toBe(200);
    expect(lookup.body.items?.map((perfume) => perfume.id)).toEqual([2, 1]);
    expect((await call(`/api/vocabulary?${key}=x`)).status).toBe(200);
  });

  it.each([
    ['2147483648', 'ids.0'],
    ['0', 'ids.0'],
    ['0x10', 'ids'],
    ['1e3', 'ids'],
    ['-1', 'ids'],
  ])('refuses ids=%s with a 400 naming %s', async (ids, path) => {
    const { status, body } = await call(`/api/perfumes/lookup?ids=${ids}`);
    expect(status).toBe(400);
    expect(body.issues?.map((issue) => issue.path)).toEqual([path]);
  });

  it('counts the ids as sent against the documented 100: repeats included, then answers each once', async () => {
    const repeated = (count: number) => Array.from({ length: count }, (_, index) => (index % 2) + 1).join(',');
    const atLimit = await call(`/api/perfumes/lookup?ids=${repeated(100)}`);
    expect(atLimit.status).toBe(200);
    expect(atLimit.body.items?.map((perfume) => perfume.id)).toEqual([1, 2]);
    const overLimit = await call(`/api/perfumes/lookup?ids=${repeated(101)}`);
    expect(overLimit.status).toBe(400);
    expect(overLimit.body.issues?.map((issue) => issue.path)).toEqual(['ids']);
  });

  it('answers a method it does not serve with 405, and too large headers with 431', async () => {
    expect(await call('/api/perfumes/lookup?ids=1', { method: 'POST' })).toEqual({
      status: 405,
      allow: 'GET, HEAD, OPTIONS',
      body: { code: 'METHOD_NOT_SUPPORTED', message: 'POST is not supported here; use GET, HEAD, OPTIONS', issues: [] },
    });
    const large = await sendRawRequest(port, {
      method: 'GET',
      target: '/api/vocabulary',
      headers: { cookie: 'a'.repeat(20_000) },
    });
    expect(large?.status).toBe(431);
    expect(JSON.parse(large?.body ?? '')).toMatchObject({ code: 'REQUEST_HEADER_FIELDS_TOO_LARGE', issues: [] });
  });
});
