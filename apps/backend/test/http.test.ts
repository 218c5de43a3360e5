import { createServiceClient } from '@scentence/api/client';
import { seedShippedCatalog } from '@scentence/db';
import { createDatabaseBehindProxy } from '@scentence/db/testing';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackendRouter } from '../src/router';
import { createBackendService } from '../src/service';

const AUTH_SECRET = 'test-secret-that-is-long-enough-for-hs256!';
let fixture: Awaited<ReturnType<typeof createDatabaseBehindProxy>>;
let baseUrl: string;
let close: () => Promise<void>;

beforeAll(async () => {
  fixture = await createDatabaseBehindProxy();
  await seedShippedCatalog(fixture.databases.get('perfume'));
  const { host } = createBackendService(fixture.databases, { authSecret: AUTH_SECRET, corsOrigins: [] });
  const port = await host.listen(0, '127.0.0.1');
  baseUrl = `http://127.0.0.1:${port}`;
  close = host.close;
});
afterAll(async () => {
  await close?.();
  await fixture?.close();
});

async function getJson(path: string, init?: RequestInit) {
  const response = await fetch(`${baseUrl}${path}`, init);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('the backend host', () => {
  it('answers REST and tRPC with the same search results', async () => {
    const rest = await getJson('/api/perfumes?q=chanel&accords=floral&limit=5');
    const client = createServiceClient<BackendRouter>({ url: baseUrl });
    const trpc = await client.perfume.search.query({ q: 'chanel', accords: ['floral'], limit: 5 });
    expect(rest.status).toBe(200);
    expect(rest.body).toEqual(trpc);
    expect(trpc.items.length).toBeGreaterThan(0);
  });

  it('answers one perfume the same over REST and tRPC, and 404 for an unknown id', async () => {
    const client = createServiceClient<BackendRouter>({ url: baseUrl });
    const [first] = (await client.perfume.search.query({ q: 'santal 33' })).items;
    const rest = await getJson(`/api/perfumes/${first!.id}`);
    expect(rest.body).toEqual(await client.perfume.byId.query({ id: first!.id }));

    const missing = await getJson('/api/perfumes/987654');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ code: 'NOT_FOUND', message: 'No perfume with id 987654', issues: [] });
    const trpcMissing = await fetch(`${baseUrl}/trpc/perfume.byId?input=${encodeURIComponent('{"id":987654}')}`);
    expect(trpcMissing.status).toBe(404);
  });

  it('rejects a malformed query with 400 naming the field', async () => {
    const rest = await getJson('/api/perfumes?limit=500&gender=robot');
    expect(rest.status).toBe(400);
    expect(rest.body.code).toBe('BAD_REQUEST');
    const issues = (rest.body.issues as { path: string; message: string }[]).toSorted((a, b) =>
      a.path.localeCompare(b.path),
    );
    expect(issues).toEqual([
      { path: 'gender', message: 'Invalid option: expected one of "feminine"|"masculine"|"unisex"' },
      { path: 'limit', message: 'Too big: expected number to be <=50' },
    ]);

    const trpc = await fetch(`${baseUrl}/trpc/perfume.search?input=${encodeURIComponent('{"limit":0}')}`);
    expect(trpc.status).toBe(400);
    const body = (await trpc.json()) as { error: { data: { issues: { path: string }[] } } };
    expect(body.error.data.issues).toEqual([{ path: 'limit', message: 'Too small: expected number to be >=1' }]);
  });

  it('serves a valid OpenAPI 3 document generated from the router, and a docs page', async () => {
    const { status, body } = await getJson('/openapi.json');
    expect(status).toBe(200);
    const result = await new Validator().validate(body as Parameters<Validator['validate']>[0]);
    expect(JSON.stringify(result.errors ?? []).slice(0, 500)).toBe('[]');
    expect(result.valid).toBe(true);
    expect(Object.keys(body.paths as object)).toEqual(
      expect.arrayContaining(['/perfumes', '/perfumes/{id}', '/vocabulary']),
    );
    const docs = await fetch(`${baseUrl}/docs`);
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain('/docs/assets/swagger-ui-bundle.js');
    expect((await fetch(`${baseUrl}/docs/assets/swagger-ui-bundle.js`)).status).toBe(200);
    expect((await fetch(`${baseUrl}/docs/assets/..%2Fpackage.json`)).status).toBe(404);
  });

  it('reports health, 503 while the database is down, and recovers without a restart', async () => {
    expect(await getJson('/health')).toEqual({ status: 200, body: { status: 'ok', service: 'backend', db: 'ok' } });

    await fixture.proxy.cut();
    expect(await getJson('/health')).toEqual({
      status: 503,
      body: { status: 'degraded', service: 'backend', db: 'down' },
    });
    const search = await getJson('/api/perfumes?q=dior');
    expect(search.status).toBe(503);
    expect(search.body.code).toBe('SERVICE_UNAVAILABLE');
    expect(JSON.stringify(search.body)).not.toMatch(/at .*\.ts|stack/i);

    await fixture.proxy.restore();
    let health = await getJson('/health');
    for (let attempt = 0; attempt < 20 && health.status !== 200; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      health = await getJson('/health');
    }
    expect(health.status).toBe(200);
    expect((await getJson('/api/perfumes?q=dior')).status).toBe(200);
  });
});
