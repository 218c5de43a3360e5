import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { signAccessToken } from '../src/auth/accessToken';
import { createOpenApiDocument } from '../src/host/openApiDocument';
import { createServiceHost } from '../src/host/serviceHost';
import { commaList, errorBodySchema } from '../src/schemas/common';
import { memberEmailSchema } from '../src/schemas/member';
import {
  adminProcedure,
  protectedProcedure,
  publicProcedure,
  router,
  selfContainedProcedure,
  serviceProcedure,
} from '../src/trpc/init';
import { RetryAfter } from '../src/trpc/retryAfter';
import { ACCORD_KEYS } from '../src/vocabulary';

const AUTH_SECRET = 'test-secret-that-is-long-enough-for-hs256!';
const tags = ['perfumes'];

/** One procedure of each kind, as the services build them. */
const testRouter = router({
  labels: selfContainedProcedure
    .meta({ openapi: { method: 'GET', path: '/labels', tags, summary: 'Labels' } })
    .input(z.object({}))
    .output(z.object({ ok: z.boolean() }))
    .query(() => ({ ok: true })),
  search: publicProcedure
    .meta({ openapi: { method: 'GET', path: '/search', tags, summary: 'Search' } })
    .input(z.object({ accords: commaList(z.enum(ACCORD_KEYS)).optional(), email: memberEmailSchema.optional() }))
    .output(z.object({ accords: z.array(z.string()) }))
    .query(({ input }) => ({ accords: input.accords ?? [] })),
  check: publicProcedure
    .meta({ openapi: { method: 'GET', path: '/check', tags, summary: 'Check' }, errors: { 429: 'Too many checks.' } })
    .input(z.object({ q: z.string() }))
    .output(z.object({ ok: z.boolean() }))
    .query(() => {
      throw new TRPCError({ code: 'TOO_MANY_REQUESTS', message: 'Slow down', cause: new RetryAfter(42) });
    }),
  rename: protectedProcedure
    .meta({ openapi: { method: 'PATCH', path: '/me', tags, summary: 'Rename me' } })
    .input(z.object({ name: z.string().max(10) }))
    .output(z.object({ name: z.string() }))
    .mutation(({ input }) => input),
  member: adminProcedure
    .meta({
      openapi: { method: 'GET', path: '/members/{id}', tags, summary: 'One member' },
      errors: { 404: 'No member has this id.' },
    })
    .input(z.object({ id: z.uuid() }))
    .output(z.object({ id: z.string() }))
    .query(({ input }) => input),
  verify: serviceProcedure
    .meta({ openapi: { method: 'POST', path: '/verify', tags, summary: 'Verify' } })
    .input(z.object({ email: z.string() }))
    .output(z.object({ ok: z.boolean() }))
    .mutation(() => ({ ok: true })),
});

const document = createOpenApiDocument({ title: 'Test', version: '1.0.0', description: 'A test', router: testRouter });
interface Operation {
  responses: Record<string, { headers?: object; content?: unknown }>;
  security?: unknown[];
  description?: string;
  parameters?: { name: string }[];
}
const operation = (path: string, method: string) =>
  (document.paths?.[path] as Record<string, Operation> | undefined)?.[method] as Operation;
const statuses = (path: string, method: string) => Object.keys(operation(path, method).responses);

describe('the OpenAPI document', () => {
  it('lists each status an operation can answer, derived from its kind, input, body and own errors', () => {
    expect(statuses('/labels', 'get')).toEqual(['200']);
    expect(statuses('/search', 'get')).toEqual(['200', '400', '503']);
    expect(statuses('/check', 'get')).toEqual(['200', '400', '429', '503']);
    expect(statuses('/me', 'patch')).toEqual(['200', '400', '401', '413', '415', '503']);
    expect(statuses('/members/{id}', 'get')).toEqual(['200', '400', '401', '403', '404', '503']);
    expect(statuses('/verify', 'post')).toEqual(['200', '400', '401', '403', '413', '415', '503']);
  });

  it('describes every error with the one error body, whose issues are { path, message }', () => {
    for (const [path, item] of Object.entries(document.paths ?? {})) {
      for (const [status, response] of Object.entries((item as Record<string, Operation>).get?.responses ?? {})) {
        if (status !== '200')
          expect(response.content, `${path} ${status}`).toEqual({
            'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } },
          });
      }
    }
    const errorBody = document.components?.schemas?.ErrorBody as {
      required: string[];
      properties: { issues: { items: { required: string[]; properties: object } } };
    };
    expect(errorBody.required).toEqual(expect.arrayContaining(['code', 'message', 'issues']));
    expect(errorBody.properties.issues.items.required).toEqual(['path', 'message']);
    expect(Object.keys(document.components?.schemas ?? {}).filter((name) => name.startsWith('error.'))).toEqual([]);
  });

  it('gives a 429 its Retry-After header', () => {
    expect(operation('/check', 'get').responses['429']?.headers).toEqual({
      'Retry-After': { $ref: '#/components/headers/RetryAfter' },
    });
    expect(document.components?.headers?.RetryAfter).toMatchObject({ schema: { type: 'integer', minimum: 1 } });
  });

  it('says which operations are public and which need a bearer token', () => {
    expect(operation('/search', 'get').security).toEqual([]);
    expect(operation('/labels', 'get').security).toEqual([]);
    expect(operation('/me', 'patch').security).toEqual([{ bearer: [] }]);
    expect(operation('/verify', 'post').security).toEqual([{ bearer: [] }]);
    expect(document.components?.securitySchemes?.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it('has a license, a description for every operation and described tags', () => {
    expect(document.info.license?.name).toBeTruthy();
    expect(operation('/me', 'patch').description).toBe("Rename me. Needs a member's bearer token.");
    expect(document.tags).toEqual([{ name: 'perfumes', description: expect.any(String) }]);
  });

  it('documents the limits a comma list and a trimmed email are checked against', () => {
    const parameters = operation('/search', 'get').parameters ?? [];
    expect(parameters.find((parameter) => parameter.name === 'accords')).toMatchObject({
      style: 'form',
      explode: false,
      schema: { type: 'array', maxItems: 20, items: { enum: [...ACCORD_KEYS] } },
    });
    expect(parameters.find((parameter) => parameter.name === 'email')).toMatchObject({
      schema: { type: 'string', format: 'email', maxLength: 254 },
    });
  });
});

describe('the host answers what the document says', () => {
  let baseUrl: string;
  let close: () => Promise<void>;

  beforeAll(async () => {
    const host = createServiceHost({
      service: 'test',
      title: 'Test',
      version: '1.0.0',
      description: 'A test',
      router: testRouter,
      authSecret: AUTH_SECRET,
      checkDatabase: async () => {},
    });
    baseUrl = `http://127.0.0.1:${await host.listen(0, '127.0.0.1')}`;
    close = host.close;
  });
  afterAll(() => close?.());

  async function answer(path: string, init?: RequestInit) {
    const response = await fetch(`${baseUrl}${path}`, init);
    return { status: response.status, headers: response.headers, body: (await response.json()) as unknown };
  }

  it('sends the documented error body, issues always present', async () => {
    const invalid = await answer('/api/search?accords=woody,plastic');
    expect(invalid.status).toBe(400);
    expect(errorBodySchema.strict().parse(invalid.body).issues).toEqual([
      { path: 'accords.1', message: expect.any(String) },
    ]);
    const anonymous = await answer('/api/me', {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: '{"name":"x"}',
    });
    expect(anonymous.status).toBe(401);
    expect(statuses('/me', 'patch')).toContain('401');
    expect(errorBodySchema.strict().parse(anonymous.body)).toMatchObject({ code: 'UNAUTHORIZED', issues: [] });
  });

  it('sends Retry-After with a 429, over REST and tRPC', async () => {
    const rest = await answer('/api/check?q=x');
    expect(rest.status).toBe(429);
    expect(rest.headers.get('retry-after')).toBe('42');
    expect(errorBodySchema.strict().parse(rest.body).code).toBe('TOO_MANY_REQUESTS');
    const trpc = await answer(`/trpc/check?input=${encodeURIComponent('{"q":"x"}')}`);
    expect(trpc.status).toBe(429);
    expect(trpc.headers.get('retry-after')).toBe('42');
  });

  it('answers 415 for a body that is not JSON and 413 for one over the limit, with the error body', async () => {
    const token = await signAccessToken(AUTH_SECRET, { memberId: 'm1', role: 'member' });
    const send = (contentType: string, body: string) =>
      answer('/api/me', {
        method: 'PATCH',
        headers: { 'content-type': contentType, authorization: `Bearer ${token}` },
        body,
      });
    const text = await send('text/plain', '{"name":"x"}');
    expect(text.status).toBe(415);
    expect(errorBodySchema.strict().parse(text.body).code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const huge = await send('application/json', JSON.stringify({ name: 'x'.repeat(200_000) }));
    expect(huge.status).toBe(413);
    expect(errorBodySchema.strict().parse(huge.body).code).toBe('PAYLOAD_TOO_LARGE');
    expect(statuses('/me', 'patch')).toEqual(expect.arrayContaining(['413', '415']));
  });

  it('reads a JSON body whose content type names its charset', async () => {
    const token = await signAccessToken(AUTH_SECRET, { memberId: 'm1', role: 'member' });
    const renamed = await answer('/api/me', {
      method: 'PATCH',
      headers: { 'content-type': 'application/json; charset=utf-8', authorization: `Bearer ${token}` },
      body: '{"name":"나"}',
    });
    expect(renamed).toMatchObject({ status: 200, body: { name: '나' } });
  });

  it('serves the document it built', async () => {
    const served = await answer('/openapi.json');
    expect(served.body).toEqual(JSON.parse(JSON.stringify({ ...document, servers: [{ url: '/api' }] })));
  });
});
