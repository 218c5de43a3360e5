import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { integerParam } from '../src/schemas/common';
import { publicProcedure, router } from '../src/trpc/init';
import { serveForTests } from './support/servedHost';

const tags = ['items'];
const itemSchema = z.object({ name: z.string(), tags: z.array(z.string()), limit: z.number() });

const testRouter = router({
  list: publicProcedure
    .meta({ openapi: { method: 'GET', path: '/items', tags, summary: 'Lists' } })
    .input(z.object({ tags: z.array(z.string()).optional(), limit: integerParam(1, 50).prefault(10) }))
    .output(itemSchema)
    .query(({ input }) => ({ name: 'all', tags: input.tags ?? [], limit: input.limit, secret: 'dropped' })),
  one: publicProcedure
    .meta({ openapi: { method: 'GET', path: '/items/{name}', tags, summary: 'One' } })
    .input(z.object({ name: z.string() }))
    .output(itemSchema)
    .query(({ input }) => {
      if (input.name === 'nothing') throw new TRPCError({ code: 'NOT_FOUND', message: 'No item "nothing"' });
      return { name: input.name, tags: [], limit: 1 };
    }),
  checked: publicProcedure
    .meta({ openapi: { method: 'GET', path: '/checked', tags, summary: 'Refined asynchronously' } })
    .input(z.object({ code: z.string().refine(async (code) => code === 'ok', 'must be ok') }))
    .output(z.object({ code: z.string() }))
    .query(({ input }) => ({ code: input.code })),
  broken: publicProcedure
    .meta({ openapi: { method: 'GET', path: '/broken', tags, summary: 'Answers what its schema refuses' } })
    .input(z.object({}))
    .output(itemSchema)
    .query(() => ({ name: 7 }) as unknown as z.infer<typeof itemSchema>),
});

const served = serveForTests(testRouter, { log: () => {} });

const get = async (path: string) => {
  const response = await fetch(`${served.origin}${path}`);
  const body = (await response.json()) as Record<string, unknown> & { issues?: { path: string }[] };
  return { status: response.status, type: response.headers.get('content-type'), body };
};

describe('REST GETs', () => {
  it('read the query as the schema wants it: one value of a list is a list, numbers from text, defaults', async () => {
    expect(await get('/api/items?tags=rose&limit=3')).toEqual({
      status: 200,
      type: 'application/json',
      body: { name: 'all', tags: ['rose'], limit: 3 },
    });
    expect((await get('/api/items?tags=rose&tags=oud&unknown=1')).body).toEqual({
      name: 'all',
      tags: ['rose', 'oud'],
      limit: 10,
    });
  });

  it('decode path parameters and answer errors with the project body and status', async () => {
    expect((await get('/api/items/caf%C3%A9')).body).toEqual({ name: 'café', tags: [], limit: 1 });
    expect(await get('/api/items/nothing')).toEqual({
      status: 404,
      type: 'application/json',
      body: { code: 'NOT_FOUND', message: 'No item "nothing"', issues: [] },
    });
    const refused = await get('/api/items?limit=many');
    expect(refused.status).toBe(400);
    expect(refused.body.issues?.map((issue) => issue.path)).toEqual(['limit']);
  });

  it('validate inputs that need an asynchronous check', async () => {
    expect((await get('/api/checked?code=ok')).body).toEqual({ code: 'ok' });
    const refused = await get('/api/checked?code=no');
    expect(refused.status).toBe(400);
    expect(refused.body.issues).toEqual([{ path: 'code', message: 'must be ok' }]);
  });

  it('check what they answer: fields outside the schema are dropped, an invalid answer is not sent', async () => {
    expect((await get('/api/items')).body).not.toHaveProperty('secret');
    expect(await get('/api/broken')).toEqual({
      status: 500,
      type: 'application/json',
      body: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error', issues: [] },
    });
  });

  it('give tRPC the same checked answers', async () => {
    const input = encodeURIComponent(JSON.stringify({ tags: ['rose'], limit: 3 }));
    const response = await fetch(`${served.origin}/trpc/list?input=${input}`);
    expect(((await response.json()) as { result: { data: unknown } }).result.data).toEqual({
      name: 'all',
      tags: ['rose'],
      limit: 3,
    });
    const refused = await fetch(
      `${served.origin}/trpc/checked?input=${encodeURIComponent(JSON.stringify({ code: 'no' }))}`,
    );
    expect(refused.status).toBe(400);
  });
});
