import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { signAccessToken } from '../src/auth/accessToken';
import { idParam, limitSchema } from '../src/schemas/common';
import { sendRawRequest } from '../src/testing/rawHttp';
import { protectedProcedure, publicProcedure, router } from '../src/trpc/init';
import { serveForTests, TEST_AUTH_SECRET } from './support/servedHost';

const tags = ['items'];

const testRouter = router({
  item: router({
    byId: publicProcedure
      .meta({ openapi: { method: 'GET', path: '/items/{id}', tags, summary: 'One item' } })
      .input(z.object({ id: idParam }))
      .output(z.object({ id: z.number() }))
      .query(({ input }) => ({ id: input.id })),
    list: publicProcedure
      .meta({ openapi: { method: 'GET', path: '/items', tags, summary: 'Items' } })
      .input(z.object({ q: z.string().optional(), limit: limitSchema }))
      .output(z.object({ q: z.string().nullable(), limit: z.number() }))
      .query(({ input }) => ({ q: input.q ?? null, limit: input.limit })),
    create: publicProcedure
      .meta({ openapi: { method: 'POST', path: '/items', tags, summary: 'Add an item' } })
      .input(z.object({ name: z.string() }))
      .output(z.object({ name: z.string() }))
      .mutation(({ input }) => ({ name: input.name })),
  }),
  me: protectedProcedure
    .meta({ openapi: { method: 'GET', path: '/me', tags, summary: 'The caller' } })
    .input(z.object({}))
    .output(z.object({ memberId: z.string() }))
    .query(({ ctx }) => ({ memberId: ctx.caller.memberId })),
});

const served = serveForTests(testRouter);
let memberToken: string;

beforeAll(async () => {
  memberToken = await signAccessToken(TEST_AUTH_SECRET, { memberId: 'member-1', role: 'member' });
});

async function call(path: string, init?: RequestInit) {
  const response = await fetch(`${served.origin}${path}`, init);
  const text = await response.text();
  return { status: response.status, allow: response.headers.get('allow'), body: text ? JSON.parse(text) : null };
}

const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];

describe('query keys named like built-in object properties', () => {
  it('leave a public operation answering normally', async () => {
    for (const key of PROTOTYPE_KEYS) {
      expect(await call(`/api/items?${key}=x&q=rose`)).toMatchObject({ status: 200, body: { q: 'rose', limit: 20 } });
      expect(await call(`/api/items/7?${key}=x&${key}=y`)).toMatchObject({ status: 200, body: { id: 7 } });
    }
  });

  it('reach the authentication check of a protected operation: 401 anonymously, 200 signed in', async () => {
    const signedIn = { headers: { authorization: `Bearer ${memberToken}` } };
    for (const key of PROTOTYPE_KEYS) {
      expect((await call(`/api/me?${key}=x`)).status).toBe(401);
      expect(await call(`/api/me?${key}=x`, signedIn)).toMatchObject({ status: 200, body: { memberId: 'member-1' } });
    }
  });

  it('are ignored in tRPC input JSON and REST bodies', async () => {
    const input = encodeURIComponent('{"__proto__":{"limit":0},"constructor":{"prototype":1},"toString":"x"}');
    const trpc = await call(`/trpc/item.list?input=${input}`);
    expect(trpc).toMatchObject({ status: 200, body: { result: { data: { q: null, limit: 20 } } } });

    const post = (body: string) =>
      call('/api/items', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(await post('{"constructor":1,"toString":"x","name":"rose"}')).toMatchObject({
      status: 200,
      body: { name: 'rose' },
    });
    // A `__proto__` key is a field the operation does not take: dropped, and nothing inherits from it.
    expect(await post('{"__proto__":{"name":"injected"},"name":"rose"}')).toMatchObject({
      status: 200,
      body: { name: 'rose' },
    });
    expect(await post('{"__proto__":{"name":"injected"}}')).toMatchObject({
      status: 400,
      body: { issues: [{ path: 'name', message: expect.any(String) }] },
    });
    expect(({} as { name?: unknown }).name).toBeUndefined();
  });
});

describe('ids', () => {
  it.each([
    ['2147483648', 'Too big'],
    ['0x10', 'decimal digits'],
    ['1e3', 'decimal digits'],
    ['-1', 'Too small'],
    ['0', 'Too small'],
  ])('refuses %s in the path with 400 naming the field', async (id, reason) => {
    const { status, body } = await call(`/api/items/${id}`);
    expect(status).toBe(400);
    expect(body.issues).toEqual([{ path: 'id', message: expect.stringContaining(reason) }]);
  });

  it('takes the largest int4 and a JSON number over tRPC', async () => {
    expect(await call('/api/items/2147483647')).toMatchObject({ status: 200, body: { id: 2147483647 } });
    const trpc = await call(`/trpc/item.byId?input=${encodeURIComponent('{"id":2147483648}')}`);
    expect(trpc.status).toBe(400);
    expect(trpc.body.error.data.issues.map((issue: { path: string }) => issue.path)).toEqual(['id']);
  });
});

describe('methods a path does not serve', () => {
  it.each([
    ['DELETE', '/api/items/1', 'GET, HEAD, OPTIONS'],
    ['PUT', '/api/items', 'GET, POST, HEAD, OPTIONS'],
    ['POST', '/health', 'GET, HEAD, OPTIONS'],
    ['DELETE', '/openapi.json', 'GET, HEAD, OPTIONS'],
    ['PATCH', '/trpc/item.list', 'GET, HEAD, OPTIONS'],
    ['GET', '/trpc/item.create', 'POST, OPTIONS'],
  ])('%s %s answers 405 with Allow and the error body', async (method, path, allow) => {
    const response = await call(path, { method });
    expect(response).toEqual({
      status: 405,
      allow,
      body: { code: 'METHOD_NOT_SUPPORTED', message: `${method} is not supported here; use ${allow}`, issues: [] },
    });
  });

  it('answers methods fetch cannot send (QUERY, TRACE, CONNECT) the same way', async () => {
    for (const method of ['QUERY', 'TRACE', 'CONNECT']) {
      const response = await sendRawRequest(served.port, { method, target: '/api/items/1' });
      expect(response?.status).toBe(405);
      expect(response?.headers.allow).toBe('GET, HEAD, OPTIONS');
      expect(JSON.parse(response?.body ?? '')).toMatchObject({ code: 'METHOD_NOT_SUPPORTED', issues: [] });
    }
  });

  it('answers HEAD like GET without the body, and 404 where there is no route at all', async () => {
    const head = await fetch(`${served.origin}/api/items/3`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toContain('application/json');
    expect((await fetch(`${served.origin}/api/items/0`, { method: 'HEAD' })).status).toBe(400);
    expect(await call('/api/nowhere', { method: 'DELETE' })).toMatchObject({
      status: 404,
      body: { code: 'NOT_FOUND' },
    });
  });
});

describe('requests node:http refuses to parse', () => {
  it('answers too large a request line with 431 and the error body', async () => {
    const response = await sendRawRequest(served.port, { method: 'GET', target: `/api/items?q=${'a'.repeat(20_000)}` });
    expect(response?.status).toBe(431);
    expect(JSON.parse(response?.body ?? '')).toEqual({
      code: 'REQUEST_HEADER_FIELDS_TOO_LARGE',
      message: 'The request line and headers may be at most 16384 bytes',
      issues: [],
    });
  });

  it('answers too large headers with 431, and a malformed request with 400, both with the error body', async () => {
    const tooLarge = await sendRawRequest(served.port, {
      method: 'GET',
      target: '/api/items',
      headers: { 'x-padding': 'a'.repeat(20_000) },
    });
    expect(tooLarge?.status).toBe(431);
    expect(JSON.parse(tooLarge?.body ?? '')).toMatchObject({ code: 'REQUEST_HEADER_FIELDS_TOO_LARGE' });

    const malformed = await sendRawRequest(served.port, {
      method: 'GET',
      target: '/api/items',
      headers: { 'bad header': 'x' },
    });
    expect(malformed?.status).toBe(400);
    expect(JSON.parse(malformed?.body ?? '')).toEqual({
      code: 'BAD_REQUEST',
      message: 'Malformed HTTP request',
      issues: [],
    });
  });
});
