import { createServiceClient } from '@scentence/api/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackendRouter } from '../src/router';
import { fetchJson, startTestBackend, type TestBackendHost } from './support/backendHost';

let backend: TestBackendHost;

beforeAll(async () => {
  backend = await startTestBackend('test-secret-that-is-long-enough-for-hs256!', ['perfume'], { shippedCatalog: true });
}, 120_000);
afterAll(() => backend?.close());

const getJson = (path: string) => fetchJson(`${backend.baseUrl}${path}`);

const query = (params: Record<string, string>) => `/api/perfumes?${new URLSearchParams(params)}`;

describe('GET /api/perfumes: what the text was understood as', () => {
  it('answers "우디" with the woody chip and the woody perfumes, the same as tRPC', async () => {
    const rest = await getJson(query({ q: '우디', limit: '5' }));
    expect(rest.status).toBe(200);
    expect(rest.body.understood).toEqual([
      { kind: 'accord', key: 'woody', ko: '우디', en: 'Woody', words: '우디', negated: false },
    ]);
    expect(rest.body.didYouMean).toBeNull();
    const accordPage = await getJson('/api/accords/woody?limit=1');
    expect(rest.body.total).toBe((accordPage.body.perfumes as { total: number }).total);
    const trpc = await createServiceClient<BackendRouter>({ url: backend.baseUrl }).perfume.search.query({
      q: '우디',
      limit: 5,
    });
    expect(rest.body).toEqual(trpc);
  });

  it('drops an understood filter named in `ignore` (comma-separated kind:key)', async () => {
    const both = await getJson(query({ q: '르라보 우디' }));
    expect((both.body.understood as { kind: string }[]).map((chip) => chip.kind)).toEqual(['accord', 'brand']);
    const without = await getJson(query({ q: '르라보 우디', ignore: 'brand:lelabo,accord:woody' }));
    expect(without.status).toBe(200);
    expect(without.body.understood).toEqual([]);
  });

  it('suggests the closest name for a misspelt one', async () => {
    const { body } = await getJson(query({ q: 'sauvge' }));
    expect(body.didYouMean).toMatchObject({
      q: 'Dior Sauvage',
      perfume: { brand: 'Dior', brandKo: '디올', name: 'Sauvage', nameKo: '소바쥬' },
    });
    expect(typeof (body.didYouMean as { perfume: { id: unknown } }).perfume.id).toBe('number');
  });

  it('rejects a malformed `ignore` with 400 naming the item', async () => {
    const rest = await getJson(query({ q: '우디', ignore: 'accord:woody,plastic' }));
    expect(rest.status).toBe(400);
    expect(rest.body.issues).toEqual([{ path: 'ignore.1', message: 'must be kind:key, e.g. accord:woody' }]);
  });

  it('documents the new fields and the `ignore` parameter in /openapi.json', async () => {
    const { body } = await getJson('/openapi.json');
    const operation = (body.paths as Record<string, { get: Record<string, unknown> }>)['/perfumes']!.get;
    const ignore = (operation.parameters as { name: string; schema: Record<string, unknown> }[]).find(
      (parameter) => parameter.name === 'ignore',
    );
    expect(ignore?.schema).toMatchObject({ type: 'array', items: { type: 'string' } });
    const text = JSON.stringify(operation.responses);
    for (const field of ['understood', 'didYouMean', 'negated', 'words']) expect(text).toContain(`"${field}"`);
  });

  it('autocompletes across scripts: "쏘바" is Sauvage, "ysl" is Yves Saint Laurent', async () => {
    const sauvage = await getJson('/api/search/suggest?q=%EC%8F%98%EB%B0%94');
    expect((sauvage.body.perfumes as { name: string }[])[0]?.name).toBe('Sauvage');
    const ysl = await getJson('/api/search/suggest?q=ysl');
    expect((ysl.body.brands as { name: string }[])[0]?.name).toBe('Yves Saint Laurent');
  });
});
