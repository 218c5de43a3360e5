import { randomUUID } from 'node:crypto';
import { signAccessToken } from '@scentence/api/auth';
import { createServiceClient } from '@scentence/api/client';
import {
  errorBodySchema,
  layeringAnswerSchema,
  layeringPairSchema,
  layeringPartnersSchema,
  layeringVoteRemovedSchema,
  layeringVoteResultSchema,
} from '@scentence/api/schemas';
import { type CatalogNameRow, createPerfumeRepository, seedShippedCatalog } from '@scentence/db';
import { createTestDatabases, type TestDatabases } from '@scentence/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LayeringRouter } from '../src/router';
import { createLayeringService } from '../src/service';

const AUTH_SECRET = 'layering-http-tests-secret-long-enough!';
let databases: TestDatabases;
let baseUrl: string;
let close: () => Promise<void>;
let names: CatalogNameRow[];
let memberToken: string;

beforeAll(async () => {
  databases = await createTestDatabases(['perfume', 'recom']);
  await seedShippedCatalog(databases.get('perfume'));
  names = await createPerfumeRepository(databases.get('perfume')).catalogNames();
  const { host } = createLayeringService(databases, { authSecret: AUTH_SECRET, corsOrigins: [] });
  baseUrl = `http://127.0.0.1:${await host.listen(0, '127.0.0.1')}`;
  close = host.close;
  memberToken = await signAccessToken(AUTH_SECRET, { memberId: randomUUID(), role: 'member' });
}, 120_000);
afterAll(async () => {
  await close?.();
  await databases?.close();
});

const id = (brand: string, name: string) => names.find((row) => row.brand === brand && row.name === name)!.id;

async function call(path: string, init: RequestInit & { token?: string; json?: unknown } = {}) {
  const headers: Record<string, string> = {};
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (init.json !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${baseUrl}${path}`, {
    ...init,
    headers,
    body: init.json === undefined ? undefined : JSON.stringify(init.json),
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

describe('the layering REST API', () => {
  it('analyses a pair, the same over REST and tRPC', async () => {
    const [a, b] = [id('Le Labo', 'Santal 33'), id('Le Labo', 'Bergamote 22')];
    const rest = await call(`/api/layering/pair?a=${a}&b=${b}`);
    expect(rest.status).toBe(200);
    const pair = layeringPairSchema.parse(rest.body);
    expect([pair.a.id, pair.b.id, pair.verdict]).toEqual([a, b, 'great']);
    const client = createServiceClient<LayeringRouter>({ url: baseUrl });
    expect(await client.pair.analyze.query({ a, b })).toEqual(rest.body);
  });

  it('refuses one perfume twice and a flanker with 400 naming `b`, an unknown id with 404, a malformed id with 400', async () => {
    const sauvage = id('Dior', 'Sauvage');
    for (const [b, key] of [
      [sauvage, 'layeringSamePerfume'],
      [id('Dior', 'Sauvage Elixir'), 'layeringFlanker'],
    ] as const) {
      const refused = await call(`/api/layering/pair?a=${sauvage}&b=${b}`);
      expect(refused.status).toBe(400);
      expect(errorBodySchema.parse(refused.body).issues).toMatchObject([{ path: 'b', messageKey: key }]);
    }
    const missing = await call(`/api/layering/pair?a=${sauvage}&b=987654`);
    expect(missing.status).toBe(404);
    expect(errorBodySchema.parse(missing.body)).toMatchObject({
      code: 'NOT_FOUND',
      messageKey: 'layeringPerfumeNotFound',
    });
    const malformed = await call(`/api/layering/pair?a=0x10&b=${sauvage}`);
    expect(malformed.status).toBe(400);
    expect(errorBodySchema.parse(malformed.body).issues.map((issue) => issue.path)).toEqual(['a']);
  });

  it('finds partners steered by Korean mood words in the query string', async () => {
    const perfumeId = id('Calvin Klein', 'CK One');
    const rest = await call(
      `/api/layering/partners?perfumeId=${perfumeId}&mood=${encodeURIComponent('시원하게')}&limit=3`,
    );
    expect(rest.status).toBe(200);
    const partners = layeringPartnersSchema.parse(rest.body);
    expect(partners.items.length).toBeLessThanOrEqual(3);
    expect(partners.mood?.understood.map((term) => term.key)).toEqual(['cool']);
  });

  it('answers a question in Korean', async () => {
    const rest = await call(`/api/layering/ask?q=${encodeURIComponent('바이레도 집시워터랑 블랑쉬 같이 써도 돼?')}`);
    expect(rest.status).toBe(200);
    const answer = layeringAnswerSchema.parse(rest.body);
    expect(answer.kind).toBe('pair');
    expect(answer.locale).toBe('ko');
  });

  it('serves wardrobe partners and votes to members only, from the bearer token', async () => {
    const [a, b] = [id('Byredo', 'Gypsy Water'), id('Byredo', 'Blanche')];
    expect((await call(`/api/layering/partners/wardrobe?perfumeId=${a}`)).status).toBe(401);
    const wardrobe = await call(`/api/layering/partners/wardrobe?perfumeId=${a}`, { token: memberToken });
    expect(wardrobe.status).toBe(200);
    expect(layeringPartnersSchema.parse(wardrobe.body)).toMatchObject({ source: 'wardrobe', items: [] });

    const anonymous = await call('/api/layering/votes', { method: 'PUT', json: { a, b, vote: 'up' } });
    expect(anonymous.status).toBe(401);
    const voted = await call('/api/layering/votes', { method: 'PUT', token: memberToken, json: { a, b, vote: 'up' } });
    expect(voted.status).toBe(200);
    expect(layeringVoteResultSchema.parse(voted.body).community).toMatchObject({ up: 1, myVote: 'up' });
    const asText = await call('/api/layering/votes', {
      method: 'PUT',
      token: memberToken,
      json: { a: String(a), b, vote: 'up' },
    });
    expect(asText.status).toBe(400);

    const seen = layeringPairSchema.parse(
      (await call(`/api/layering/pair?a=${b}&b=${a}`, { token: memberToken })).body,
    );
    expect(seen.community).toMatchObject({ up: 1, myVote: 'up' });
    const removed = await call(`/api/layering/votes?a=${b}&b=${a}`, { method: 'DELETE', token: memberToken });
    expect(removed.status).toBe(200);
    expect(layeringVoteRemovedSchema.parse(removed.body)).toMatchObject({ removed: true, community: { up: 0 } });
  });

  it('reports its databases on /health', async () => {
    expect(await call('/health')).toEqual({ status: 200, body: { status: 'ok', service: 'layering', db: 'ok' } });
  });
});
