/**
 * How a service host reads input, over HTTP: JSON bodies (an object, not too deep, not too large,
 * JSON types kept), text the database cannot store, percent-encoded path parameters, and tRPC
 * alongside REST. Each answer is checked against what the operation's document says.
 */
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { signAccessToken } from '../src/auth/accessToken';
import { STORABLE_TEXT_PATTERN } from '../src/host/storableText';
import { integerField, limitSchema } from '../src/schemas/common';
import { textInput } from '../src/schemas/textInput';
import { adminProcedure, protectedProcedure, publicProcedure, router } from '../src/trpc/init';
import { serveForTests, TEST_AUTH_SECRET } from './support/servedHost';

const tags = ['items'];

const testRouter = router({
  search: publicProcedure
    .meta({ openapi: { method: 'GET', path: '/items', tags, summary: 'Search' } })
    .input(z.object({ q: textInput(60).optional(), limit: limitSchema }))
    .output(z.object({ q: z.string().nullable(), limit: z.number() }))
    .query(({ input }) => ({ q: input.q ?? null, limit: input.limit })),
  byName: publicProcedure
    .meta({ openapi: { method: 'GET', path: '/names/{name}', tags, summary: 'By name' } })
    .input(z.object({ name: z.string().max(40) }))
    .output(z.object({ name: z.string() }))
    .query(({ input }) => input),
  rename: protectedProcedure
    .meta({ openapi: { method: 'PATCH', path: '/me', tags, summary: 'Rename me' } })
    .input(
      z.object({ name: textInput(20).optional(), wish: z.boolean().optional(), size: integerField(1, 500).optional() }),
    )
    .output(z.object({ name: z.string().nullable(), wish: z.boolean().nullable(), size: z.number().nullable() }))
    .mutation(({ input }) => ({ name: input.name ?? null, wish: input.wish ?? null, size: input.size ?? null })),
  purge: adminProcedure
    .meta({ openapi: { method: 'POST', path: '/purge', tags, summary: 'Purge' } })
    .input(z.object({}))
    .output(z.object({ purged: z.number() }))
    .mutation(() => ({ purged: 0 })),
  echo: publicProcedure
    .meta({ openapi: { method: 'POST', path: '/echo', tags, summary: 'Echo' } })
    .input(z.object({ text: z.string().max(50) }))
    .output(z.object({ text: z.string() }))
    .mutation(({ input }) => input),
});

const served = serveForTests(testRouter);
let member: Record<string, string>;
let admin: Record<string, string>;

beforeAll(async () => {
  const bearer = async (role: 'member' | 'admin') => ({
    authorization: `Bearer ${await signAccessToken(TEST_AUTH_SECRET, { memberId: `${role}-1`, role })}`,
  });
  member = await bearer('member');
  admin = await bearer('admin');
});

interface Answer {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: answers of several shapes, read field by field
  body: any;
}

async function call(path: string, init?: RequestInit): Promise<Answer> {
  const response = await fetch(`${served.origin}${path}`, init);
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
}

const json = (method: string, body: string | Uint8Array, headers: Record<string, string> = {}): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json', ...headers },
  body,
});

const nested = (depth: number) => `{"nested":${'['.repeat(depth)}${']'.repeat(depth)}}`;
const issuePaths = (answer: Answer) => (answer.body.issues as { path: string }[]).map((issue) => issue.path);
const documented = async (path: string, method: string) =>
  (await call('/openapi.json')).body.paths[path][method] as {
    responses: Record<string, unknown>;
    parameters?: { name: string; schema: { pattern?: string } }[];
    requestBody?: { content: { 'application/json': { schema: { properties: Record<string, { pattern?: string }> } } } };
  };

describe('a deeply nested JSON body', () => {
  it('answers a documented 400 naming the field, before authentication, on every operation with a body', async () => {
    for (const [path, method] of [
      ['/api/purge', 'POST'],
      ['/api/me', 'PATCH'],
      ['/api/echo', 'POST'],
    ] as const) {
      const answer = await call(path, json(method, nested(5_000)));
      expect(answer.status, path).toBe(400);
      expect(answer.body).toEqual({
        code: 'BAD_REQUEST',
        message: 'Invalid input: nested',
        issues: [{ path: 'nested', message: 'nests arrays and objects deeper than 64 levels' }],
      });
    }
    expect(Object.keys((await documented('/purge', 'post')).responses)).toEqual([
      '200',
      '400',
      '401',
      '403',
      '413',
      '415',
      '503',
    ]);
  });

  it('is refused over tRPC too, alone and in a batch, and a shallow one passes', async () => {
    const single = await call('/trpc/echo', json('POST', nested(5_000)));
    expect(single.status).toBe(400);
    expect(single.body.error.data.issues).toEqual([
      { path: 'nested', message: 'nests arrays and objects deeper than 64 levels' },
    ]);
    const batch = await call(
      '/trpc/echo,purge?batch=1',
      json('POST', `{"0":${nested(5_000)},"1":${nested(5_000)}}`, admin),
    );
    expect(batch.status).toBe(400);
    expect(batch.body.map((entry: Answer['body']) => entry.error.data.code)).toEqual(['BAD_REQUEST', 'BAD_REQUEST']);
    expect(
      await call('/api/echo', json('POST', `{"text":"rose","extra":${'['.repeat(10)}${']'.repeat(10)}}`)),
    ).toMatchObject({
      status: 200,
      body: { text: 'rose' },
    });
  });
});

describe('a body that is not a JSON object', () => {
  it.each(['null', '[]', '"text"', '12', 'false', ''])('answers 400 for %j', async (body) => {
    for (const init of [json('PATCH', body, member), json('POST', body, admin)]) {
      const answer = await call(init.method === 'PATCH' ? '/api/me' : '/api/purge', init);
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({
        code: 'BAD_REQUEST',
        issues: [{ path: '', message: 'must be a JSON object' }],
      });
    }
  });

  it('answers 400 PARSE_ERROR when it is not JSON at all, and the empty object runs', async () => {
    expect(await call('/api/me', json('PATCH', '{"name":', member))).toMatchObject({
      status: 400,
      body: { code: 'PARSE_ERROR', issues: [] },
    });
    expect(await call('/api/purge', json('POST', '{}', admin))).toMatchObject({ status: 200, body: { purged: 0 } });
  });
});

describe('numbers and booleans in a JSON body', () => {
  it('keep their JSON types, over REST and then over tRPC', async () => {
    for (const body of ['{"size":"334"}', '{"wish":"false"}', '{"wish":0}', '{"size":334.5}']) {
      const answer = await call('/api/me', json('PATCH', body, member));
      expect(answer.status, body).toBe(400);
    }
    expect(await call('/api/me', json('PATCH', '{"size":334,"wish":false}', member))).toMatchObject({
      status: 200,
      body: { size: 334, wish: false },
    });
    const trpc = await call('/trpc/rename', json('POST', '{"wish":"false"}', member));
    expect(trpc.status).toBe(400);
  });

  it('are documented as the JSON types they must be', async () => {
    const body = (await documented('/me', 'patch')).requestBody?.content['application/json'].schema;
    expect(body?.properties.size).toEqual({ type: 'integer', minimum: 1, maximum: 500 });
    expect(body?.properties.wish).toEqual({ type: 'boolean' });
  });
});

describe('text the database cannot store', () => {
  it('answers 400 naming the field, in the query, the path and the body, and over tRPC', async () => {
    const query = await call('/api/items?q=rose%00&limit=5');
    expect(query.status).toBe(400);
    expect(issuePaths(query)).toEqual(['q']);
    const path = await call('/api/names/ro%00se');
    expect(path.status).toBe(400);
    expect(issuePaths(path)).toEqual(['name']);
    const body = await call('/api/echo', json('POST', '{"text":"ro\\u0000se"}'));
    expect(body.status).toBe(400);
    expect(body.body.issues).toEqual([{ path: 'text', message: 'must not contain the NUL character (U+0000)' }]);
    const trpc = await call(`/trpc/search?input=${encodeURIComponent('{"q":"\\u0000"}')}`);
    expect(trpc.status).toBe(400);
    expect(trpc.body.error.data.issues.map((issue: { path: string }) => issue.path)).toEqual(['q']);
  });

  it('is ignored in a parameter or field the operation does not take, like the field itself', async () => {
    expect(await call('/api/items?q=rose&isPrototypeOf=%00&constructor=%00')).toMatchObject({
      status: 200,
      body: { q: 'rose' },
    });
    expect(await call('/api/echo', json('POST', '{"text":"rose","__proto__":"\\u0000"}'))).toMatchObject({
      status: 200,
      body: { text: 'rose' },
    });
  });

  it('is documented: every text parameter and body field excludes U+0000', async () => {
    const search = await documented('/items', 'get');
    expect(search.parameters?.find((parameter) => parameter.name === 'q')?.schema.pattern).toBe(STORABLE_TEXT_PATTERN);
    const echo = await documented('/echo', 'post');
    expect(echo.requestBody?.content['application/json'].schema.properties.text?.pattern).toBe(STORABLE_TEXT_PATTERN);
  });

  it('lets lone surrogates through to the procedure', async () => {
    expect(await call('/api/echo', json('POST', '{"text":"\\ud800"}'))).toMatchObject({
      status: 200,
      body: { text: '\ud800' },
    });
  });
});

describe('path parameters', () => {
  it('arrive decoded: a Hangul name, a space, a percent sign', async () => {
    expect((await call('/api/names/%ED%83%AC%EB%B2%84%EB%A6%B0%EC%A6%88')).body).toEqual({ name: '탬버린즈' });
    expect((await call('/api/names/le%20labo')).body).toEqual({ name: 'le labo' });
    expect((await call('/api/names/100%25')).body).toEqual({ name: '100%' });
    const broken = await call('/api/names/%E0%A4%A');
    expect(broken.status).toBe(400);
    expect(issuePaths(broken)).toEqual(['name']);
  });
});

describe('what a body comes as', () => {
  it('takes application/json with parameters and gzip; refuses other media types and encodings with 415', async () => {
    expect(
      (await call('/api/echo', json('POST', '{"text":"rose"}', { 'content-type': 'application/json; charset=utf-8' })))
        .body,
    ).toEqual({
      text: 'rose',
    });
    expect(
      (await call('/api/echo', json('POST', gzipSync('{"text":"rose"}'), { 'content-encoding': 'gzip' }))).body,
    ).toEqual({
      text: 'rose',
    });
    const refused: Record<string, string>[] = [
      { 'content-type': 'text/plain' },
      { 'content-type': 'application/jsonx' },
      { 'content-encoding': 'br' },
    ];
    for (const headers of refused) {
      const answer = await call('/api/echo', json('POST', '{"text":"rose"}', headers));
      expect(answer.status, JSON.stringify(headers)).toBe(415);
      expect(answer.body).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', issues: [] });
    }
    const bare = await call('/api/echo', { method: 'POST', body: '{"text":"rose"}', headers: { 'content-type': '' } });
    expect(bare.status).toBe(415);
  });

  it('answers 413 past the limit, also when it only unpacks past it', async () => {
    const large = `{"text":"${'a'.repeat(120_000)}"}`;
    expect(await call('/api/echo', json('POST', large))).toMatchObject({
      status: 413,
      body: { code: 'PAYLOAD_TOO_LARGE' },
    });
    const bomb = gzipSync(large);
    expect(bomb.length).toBeLessThan(1_000);
    expect(await call('/api/echo', json('POST', bomb, { 'content-encoding': 'gzip' }))).toMatchObject({
      status: 413,
      body: { code: 'PAYLOAD_TOO_LARGE' },
    });
  });
});
