import { randomUUID } from 'node:crypto';
import { signAccessToken } from '@scentence/api/auth';
import { errorBodySchema, wardrobeMessage } from '@scentence/api/schemas';
import { createPerfumeRepository } from '@scentence/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBackend, type TestBackendHost } from '../support/backendHost';
import { restCall } from '../support/restCall';
import { shippedPerfumeIds } from './wardrobeFixture';

const AUTH_SECRET = 'wardrobe-http-secret-that-is-long-enough!';

let backend: TestBackendHost;
let santal: number;
let sauvage: number;

beforeAll(async () => {
  backend = await startTestBackend(AUTH_SECRET, ['perfume', 'recom'], { shippedCatalog: true });
  ({ santal, sauvage } = await shippedPerfumeIds(createPerfumeRepository(backend.databases.get('perfume'))));
});
afterAll(() => backend?.close());

/** A new member's bearer token (the wardrobe knows a member by the token alone). */
const memberToken = () => signAccessToken(AUTH_SECRET, { memberId: randomUUID(), role: 'member' });

const call = (method: string, path: string, options: { token?: string; body?: unknown } = {}) =>
  restCall(backend.baseUrl, method, path, options);

describe('the wardrobe over REST', () => {
  it('refuses every operation without a member token: 401 with the error body', async () => {
    const operations: [string, string, unknown?][] = [
      ['GET', '/wardrobe'],
      ['GET', '/wardrobe/status?ids=1,2'],
      ['GET', `/wardrobe/perfumes/${santal}`],
      ['PUT', `/wardrobe/perfumes/${santal}`, { state: 'have' }],
      ['PATCH', `/wardrobe/perfumes/${santal}`, { state: 'had' }],
      ['POST', `/wardrobe/perfumes/${santal}/use-up`, { preference: 'good' }],
      ['DELETE', `/wardrobe/perfumes/${santal}`],
      ['GET', '/wardrobe/settings'],
      ['PUT', '/wardrobe/settings', { useForRecommendations: false }],
      ['GET', '/wardrobe/taste'],
      ['GET', '/wardrobe/for-you'],
      ['GET', '/wardrobe/export?format=csv'],
      ['POST', '/wardrobe/import', { format: 'csv', content: 'perfume_id,state\n1,have' }],
    ];
    for (const [method, path, body] of operations) {
      const answer = await call(method, path, { body });
      expect(answer.status, `${method} ${path}`).toBe(401);
      expect(errorBodySchema.strict().parse(answer.body).code).toBe('UNAUTHORIZED');
    }
    const forged = await call('GET', '/wardrobe', {
      token: await signAccessToken('another-secret-that-is-long-enough!!', { memberId: randomUUID(), role: 'member' }),
    });
    expect(forged.status).toBe(401);
  });

  it('adds, changes, uses up, lists and deletes with the bearer token', async () => {
    const token = await memberToken();
    const added = await call('PUT', `/wardrobe/perfumes/${santal}`, {
      token,
      body: { state: 'have', preference: 'good', rating: 8.5, memo: '최애' },
    });
    expect(added.status).toBe(200);
    expect(added.body).toMatchObject({ perfume: { id: santal }, state: 'have', rating: 8.5, source: 'manual' });

    const again = await call('PUT', `/wardrobe/perfumes/${santal}`, {
      token,
      body: { state: 'have', preference: 'good' },
    });
    expect(again.body).toMatchObject({ rating: 8.5, memo: '최애', addedAt: added.body.addedAt });

    const moved = await call('PATCH', `/wardrobe/perfumes/${santal}`, { token, body: { state: 'wish', rating: null } });
    expect(moved.body).toMatchObject({ state: 'wish', rating: null, memo: '최애' });

    const usedUp = await call('POST', `/wardrobe/perfumes/${santal}/use-up`, { token, body: { preference: 'good' } });
    expect(usedUp.body).toMatchObject({ state: 'had', preference: 'good' });

    const list = await call('GET', '/wardrobe?state=had&sort=rating&limit=10', { token });
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ total: 1, counts: { have: 0, wish: 0, had: 1 } });

    const status = await call('GET', `/wardrobe/status?ids=${santal},${sauvage}`, { token });
    expect(status.body).toEqual({ items: [{ perfumeId: santal, state: 'had', preference: 'good' }] });

    const taste = await call('GET', '/wardrobe/taste', { token });
    expect(taste.body).toMatchObject({ entries: 1 });
    const forYou = await call('GET', '/wardrobe/for-you?limit=5', { token });
    expect(forYou.body).toMatchObject({ basis: 'taste' });
    expect(forYou.body.items).toHaveLength(5);

    expect((await call('DELETE', `/wardrobe/perfumes/${santal}`, { token })).body).toEqual({ deleted: true });
    expect((await call('GET', `/wardrobe/perfumes/${santal}`, { token })).status).toBe(404);
  });

  it("answers 404 for another member's entry, whatever the method", async () => {
    const owner = await memberToken();
    const other = await memberToken();
    await call('PUT', `/wardrobe/perfumes/${sauvage}`, { token: owner, body: { state: 'have' } });
    for (const [method, suffix, body] of [
      ['GET', '', undefined],
      ['PATCH', '', { memo: '남의 것' }],
      ['POST', '/use-up', { preference: 'bad' }],
      ['DELETE', '', undefined],
    ] as const) {
      const answer = await call(method, `/wardrobe/perfumes/${sauvage}${suffix}`, { token: other, body });
      expect(answer.status, method).toBe(404);
      expect(answer.body).toMatchObject({ code: 'NOT_FOUND', messageKey: 'entryNotFound' });
    }
    expect((await call('GET', `/wardrobe/perfumes/${sauvage}`, { token: owner })).body).toMatchObject({
      state: 'have',
    });
  });

  it('answers 400 naming the field for a bad rating or perfume id, 404 for an unknown perfume', async () => {
    const token = await memberToken();
    const rating = await call('PUT', `/wardrobe/perfumes/${santal}`, { token, body: { rating: 11 } });
    expect(rating.status).toBe(400);
    expect(rating.body.issues).toEqual([
      { path: 'rating', message: wardrobeMessage('ratingInvalid'), messageKey: 'ratingInvalid', params: {} },
    ]);
    expect((await call('GET', '/wardrobe/perfumes/abc', { token })).status).toBe(400);
    const unknown = await call('PUT', '/wardrobe/perfumes/987654', { token, body: {} });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ code: 'NOT_FOUND', messageKey: 'perfumeNotFound' });
  });

  it('exports a CSV that imports into a fresh account, and names bad rows by line', async () => {
    const owner = await memberToken();
    await call('PUT', `/wardrobe/perfumes/${santal}`, { token: owner, body: { state: 'have', preference: 'good' } });
    await call('PUT', `/wardrobe/perfumes/${sauvage}`, { token: owner, body: { state: 'wish', rating: 7 } });
    const exported = await call('GET', '/wardrobe/export?format=csv', { token: owner });
    expect(exported.body).toMatchObject({ format: 'csv', entries: 2, contentType: 'text/csv; charset=utf-8' });

    const fresh = await memberToken();
    const imported = await call('POST', '/wardrobe/import', {
      token: fresh,
      body: { format: 'csv', content: exported.body.content },
    });
    expect(imported.body).toEqual({ added: 2, updated: 0, unchanged: 0 });

    const bad = await call('POST', '/wardrobe/import', {
      token: await memberToken(),
      body: { format: 'csv', content: `perfume_id,state\n${santal},have\n${sauvage},gone\n` },
    });
    expect(bad.status).toBe(400);
    expect(
      errorBodySchema
        .strict()
        .parse(bad.body)
        .issues.map((issue) => issue.path),
    ).toEqual(['rows.3.state']);
  });
});
