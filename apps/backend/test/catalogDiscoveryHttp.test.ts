import { errorBodySchema } from '@scentence/api/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchJson, startTestBackend, type TestBackendHost } from './support/backendHost';

const AUTH_SECRET = 'test-secret-that-is-long-enough-for-hs256!';
let backend: TestBackendHost;

beforeAll(async () => {
  backend = await startTestBackend(AUTH_SECRET, ['perfume'], { shippedCatalog: true });
});
afterAll(() => backend?.close());

const getJson = (path: string) => fetchJson(`${backend.baseUrl}${path}`);

describe('brand pages, the notes index and the sitemap lists over REST', () => {
  it('answers GET /api/brands/{slug} with the house, and its perfumes in the order asked', async () => {
    const page = await getJson('/api/brands/le-labo?sort=name&limit=3');
    expect(page.status).toBe(200);
    expect(page.body.brand).toMatchObject({ slug: 'le-labo', name: 'Le Labo', nameKo: '르라보', country: 'US' });
    const names = (page.body.perfumes as { items: { name: string }[] }).items.map((perfume) => perfume.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });

  it('answers an unknown brand with 404, and a bad slug or order with 400 naming the field', async () => {
    const missing = await getJson('/api/brands/no-such-house');
    expect(missing.status).toBe(404);
    expect(errorBodySchema.parse(missing.body).code).toBe('NOT_FOUND');

    const badSort = await getJson('/api/brands/le-labo?sort=relevance');
    expect(badSort.status).toBe(400);
    expect(errorBodySchema.parse(badSort.body).issues.map((issue) => issue.path)).toEqual(['sort']);

    const badSlug = await getJson(`/api/brands/${encodeURIComponent('le labo')}`);
    expect(badSlug.status).toBe(400);
    expect(errorBodySchema.parse(badSlug.body).issues.map((issue) => issue.path)).toEqual(['slug']);
  });

  it('answers GET /api/notes, /api/catalog/pages and /api/catalog/perfume-ids', async () => {
    const notes = await getJson('/api/notes');
    expect(notes.status).toBe(200);
    expect((notes.body.notes as unknown[]).length).toBeGreaterThan(100);

    const pages = await getJson('/api/catalog/pages');
    expect(pages.body.brands).toContain('le-labo');

    const ids = await getJson('/api/catalog/perfume-ids?limit=2&cursor=1');
    expect(ids.status).toBe(200);
    expect((ids.body.items as unknown[]).length).toBe(2);
    expect(ids.body.nextCursor).toBe(3);

    const tooMany = await getJson('/api/catalog/perfume-ids?limit=5001');
    expect(tooMany.status).toBe(400);
    expect(errorBodySchema.parse(tooMany.body).issues.map((issue) => issue.path)).toEqual(['limit']);
  });
});
