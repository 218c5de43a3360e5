import { randomUUID } from 'node:crypto';
import type {
  MapClusters,
  MapFilterOptions,
  MapPoints,
  MapSearch,
  MapStatus,
  MapWardrobe,
} from '@scentence/api/schemas';
import { createPerfumeRepository, createWardrobeRepository } from '@scentence/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, type MapFixture, memberToken, startMapService } from './mapFixture';

let fixture: MapFixture;

beforeAll(async () => {
  fixture = await startMapService();
  await fixture.service.map.refresh();
});
afterAll(() => fixture?.close());

async function get<T>(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${fixture.baseUrl}${path}`, { headers });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: (text ? JSON.parse(text) : null) as T };
}

describe('the points', () => {
  it('puts every perfume of the catalog on both layouts, in [-1, 1], with codes inside their dictionaries', async () => {
    const { status, body } = await get<MapPoints>('/api/map/points');
    expect(status).toBe(200);
    const total = await createPerfumeRepository(fixture.databases.get('perfume')).count();
    expect(body.count).toBe(total);
    expect(body.ids).toHaveLength(total);
    for (const layout of [body.layouts.similarity, body.layouts.wheel]) {
      expect(layout.x).toHaveLength(total);
      expect(Math.max(...layout.x.map(Math.abs), ...layout.y.map(Math.abs))).toBeLessThanOrEqual(1);
    }
    expect(Math.max(...body.brand)).toBeLessThan(body.dictionaries.brands.length);
    expect(Math.max(...body.dominantAccord)).toBeLessThan(body.dictionaries.accords.length);
  });

  it('answers 304 to the ETag it gave, and a fresh 200 to any other', async () => {
    const first = await get<MapPoints>('/api/map/points');
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^".+"$/);
    expect(first.headers.get('cache-control')).toMatch(/max-age=\d+, stale-while-revalidate=\d+/);
    const again = await fetch(`${fixture.baseUrl}/api/map/points`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    expect((await get('/api/map/points', { 'if-none-match': '"another"' })).status).toBe(200);
    // Another URL is another answer with its own tag.
    const clusters = await get('/api/map/clusters?layout=wheel');
    expect(clusters.headers.get('etag')).not.toBe(etag);
  });

  it('does not tag an error answer', async () => {
    const refused = await get('/api/map/clusters?layout=sideways');
    expect(refused.status).toBe(400);
    expect(refused.headers.get('etag')).toBeNull();
  });
});

describe('one point, neighbours and search', () => {
  it('tells where a perfume is, as the columns do, with its cluster label', async () => {
    const points = (await get<MapPoints>('/api/map/points')).body;
    const index = 7;
    const id = points.ids[index] as number;
    const { status, body } = await get<{
      position: { x: number; y: number; cluster: number };
      clusterLabel: { ko: string };
    }>(`/api/map/points/${id}?layout=wheel`);
    expect(status).toBe(200);
    expect(body.position).toEqual({
      x: points.layouts.wheel.x[index],
      y: points.layouts.wheel.y[index],
      cluster: points.layouts.wheel.cluster[index],
    });
    const clusters = (await get<MapClusters>('/api/map/clusters?layout=wheel')).body;
    expect(body.clusterLabel).toEqual(clusters.clusters[body.position.cluster]?.label);
  });

  it('answers 404 with its message for a perfume not on the map, 400 for a malformed id', async () => {
    const missing = await get<{ messageKey: string }>('/api/map/points/999999');
    expect(missing.status).toBe(404);
    expect(missing.body.messageKey).toBe('mapPointNotFound');
    expect((await get('/api/map/points/abc')).status).toBe(400);
  });

  it('lists neighbours with their positions, most similar first', async () => {
    const { status, body } = await get<{ items: { similarity: number; position: unknown }[] }>(
      '/api/map/points/1/neighbours?limit=5',
    );
    expect(status).toBe(200);
    expect(body.items.length).toBeGreaterThan(0);
    const similarities = body.items.map((item) => item.similarity);
    expect(similarities).toEqual([...similarities].sort((a, b) => b - a));
  });

  it('finds a perfume by its Korean or English name and says where it is', async () => {
    const english = await get<MapSearch>('/api/map/search?q=Sauvage');
    expect(english.status).toBe(200);
    const hit = english.body.items[0];
    expect(hit?.perfume.name).toMatch(/Sauvage/i);
    const point = await get<{ position: unknown }>(`/api/map/points/${hit?.perfume.id}`);
    expect(hit?.position).toEqual(point.body.position);
    const korean = await get<MapSearch>(`/api/map/search?q=${encodeURIComponent('소바쥬')}`);
    expect(korean.body.items.map((item) => item.perfume.id)).toContain(hit?.perfume.id);
  });
});

describe('filter options', () => {
  it('counts what the catalog search counts for the same filters', async () => {
    const perfumes = createPerfumeRepository(fixture.databases.get('perfume'));
    const { body } = await get<MapFilterOptions>('/api/map/filters?accords=woody&season=winter&gender=masculine');
    const searched = await perfumes.search({
      accords: ['woody'],
      season: 'winter',
      gender: 'masculine',
      accordMode: 'all',
      sort: 'relevance',
      limit: 1,
      cursor: 0,
    });
    expect(body.matching).toBe(searched.total);
    // Each gender counts the other filters' matches of that gender: masculine is the current match.
    expect(body.genders.find((gender) => gender.key === 'masculine')?.count).toBe(body.matching);
    const feminine = await perfumes.search({
      accords: ['woody'],
      season: 'winter',
      gender: 'feminine',
      accordMode: 'all',
      sort: 'relevance',
      limit: 1,
      cursor: 0,
    });
    expect(body.genders.find((gender) => gender.key === 'feminine')?.count).toBe(feminine.total);
  });

  it('counts nothing for a brand that is not on the map, and refuses a reversed year range', async () => {
    expect((await get<MapFilterOptions>('/api/map/filters?brand=no-such-house')).body.matching).toBe(0);
    const reversed = await get<{ issues: { path: string }[] }>('/api/map/filters?yearFrom=2020&yearTo=2000');
    expect(reversed.status).toBe(400);
    expect(reversed.body.issues.map((issue) => issue.path)).toEqual(['yearTo']);
  });
});

describe('my wardrobe on the map', () => {
  const alice = randomUUID();
  const bob = randomUUID();

  beforeAll(async () => {
    const wardrobe = createWardrobeRepository(fixture.databases.get('recom'));
    await wardrobe.save(alice, { perfumeId: 1, state: 'have', preference: 'good', source: 'manual' });
    await wardrobe.save(alice, { perfumeId: 2, state: 'wish', preference: 'good', source: 'map' });
    await wardrobe.save(alice, { perfumeId: 3, state: 'had', preference: 'bad', source: 'manual' });
  });

  it('refuses a caller without a member token', async () => {
    expect((await get('/api/map/wardrobe')).status).toBe(401);
  });

  it("shows the member's own perfumes and the centre of their liked ones, never another member's", async () => {
    const mine = await get<MapWardrobe>('/api/map/wardrobe', { authorization: `Bearer ${await memberToken(alice)}` });
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((item) => item.perfumeId).sort()).toEqual([1, 2, 3]);
    const liked = mine.body.items.filter((item) => item.preference === 'good').map((item) => item.position);
    const xs = liked.map((position) => position.x);
    expect(mine.body.centre?.x).toBeGreaterThanOrEqual(Math.min(...xs));
    expect(mine.body.centre?.x).toBeLessThanOrEqual(Math.max(...xs));
    const theirs = await get<MapWardrobe>('/api/map/wardrobe', { authorization: `Bearer ${await memberToken(bob)}` });
    expect(theirs.body).toMatchObject({ enabled: true, items: [], centre: null });
  });

  it('shows nothing personal when "use my wardrobe" is off', async () => {
    const wardrobe = createWardrobeRepository(fixture.databases.get('recom'));
    await wardrobe.saveSettings(alice, { useForRecommendations: false });
    const off = await get<MapWardrobe>('/api/map/wardrobe', { authorization: `Bearer ${await memberToken(alice)}` });
    expect(off.body).toMatchObject({ enabled: false, items: [], centre: null, leadingAccords: [] });
    await wardrobe.saveSettings(alice, { useForRecommendations: true });
  });
});

describe('the scent type card', () => {
  it("names a guest's type from what they explored, suggests an unexplored perfume, and shows the same card by its id", async () => {
    const { body: search } = await get<MapSearch>('/api/map/search?q=Santal');
    const explored = search.items.map((item) => item.perfume.id);
    const created = await fetch(`${fixture.baseUrl}/api/map/scent-type`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ explored }),
    });
    expect(created.status).toBe(200);
    const card = (await created.json()) as {
      id: string;
      basis: string;
      persona: { name: { ko: string } };
      tryNext: { perfume: { id: number } } | null;
      accords: unknown[];
    };
    expect(card.basis).toBe('explored');
    expect(card.accords.length).toBeGreaterThan(0);
    expect(card.persona.name.ko.length).toBeGreaterThan(0);
    expect(explored).not.toContain(card.tryNext?.perfume.id);
    const shown = await get(`/api/map/scent-type/${card.id}`);
    expect(shown.status).toBe(200);
    expect(shown.body).toEqual(card);
  });

  it('answers 404 for an altered id', async () => {
    const created = await fetch(`${fixture.baseUrl}/api/map/scent-type`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ explored: [1, 2] }),
    });
    const { id } = (await created.json()) as { id: string };
    const altered = `${id.slice(0, 5)}${id[5] === 'A' ? 'B' : 'A'}${id.slice(6)}`;
    const answer = await get<{ messageKey: string }>(`/api/map/scent-type/${altered}`);
    expect(answer.status).toBe(404);
    expect(answer.body.messageKey).toBe('scentTypeNotFound');
  });
});

describe('status', () => {
  it('says the map is ready and when it was computed', async () => {
    const { body } = await get<MapStatus>('/api/map/status');
    expect(body.ready).toBe(true);
    expect(body.layout?.catalogVersion).toBe(body.catalogVersion);
    await eventually(async () => !(await get<MapStatus>('/api/map/status')).body.computing);
  });
});
