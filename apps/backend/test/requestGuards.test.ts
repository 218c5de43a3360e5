import { signAccessToken, signServiceToken } from '@scentence/api/auth';
import { createServiceClient } from '@scentence/api/client';
import { sendRawRequest } from '@scentence/api/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackendRouter } from '../src/router';
import { startTestBackend, type TestBackendHost } from './support/backendHost';

const AUTH_SECRET = 'request-guard-tests-secret-long-enough!';
let backend: TestBackendHost;
let port: number;
let memberToken: string;

beforeAll(async () => {
  backend = await startTestBackend(AUTH_SECRET, ['perfume', 'member'], { shippedCatalog: true });
  port = backend.port;
  const web = createServiceClient<BackendRouter>({
    url: backend.baseUrl,
    getToken: () => signServiceToken(AUTH_SECRET),
  });
  const member = await web.member.signUp.mutate({
    email: 'guards@example.com',
    password: 'Sc3nt!ence',
    nickname: '가드',
    clientAddress: '203.0.113.9',
  });
  memberToken = await signAccessToken(AUTH_SECRET, { memberId: member.id, role: 'member' });
});
afterAll(() => backend?.close());

async function call(path: string, init?: RequestInit) {
  const response = await fetch(`http://127.0.0.1:${port}${path}`, init);
  const text = await response.text();
  return { status: response.status, allow: response.headers.get('allow'), body: text ? JSON.parse(text) : null };
}

const issuePaths = (body: { issues: { path: string }[] }) => body.issues.map((issue) => issue.path);
const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];

describe('query keys named like built-in object properties', () => {
  it.each(PROTOTYPE_KEYS)('?%s=x leaves public operations answering normally', async (key) => {
    const search = await call(`/api/perfumes?${key}=x&q=chanel&limit=2`);
    expect(search.status).toBe(200);
    expect(search.body.items).toHaveLength(2);
    expect((await call(`/api/vocabulary?${key}=x`)).status).toBe(200);
    expect((await call(`/api/perfumes/1?${key}=x`)).body.id).toBe(1);
  });

  it.each(PROTOTYPE_KEYS)('?%s=x on /api/members/me is a 401 anonymously and the profile signed in', async (key) => {
    expect((await call(`/api/members/me?${key}=x`)).status).toBe(401);
    const signedIn = await call(`/api/members/me?${key}=x`, { headers: { authorization: `Bearer ${memberToken}` } });
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.email).toBe('guards@example.com');
  });

  it('are ignored in tRPC input JSON', async () => {
    const input = encodeURIComponent('{"__proto__":{"limit":0},"constructor":1,"toString":"x","q":"dior"}');
    const response = await call(`/trpc/perfume.search?input=${input}`);
    expect(response.status).toBe(200);
    expect(response.body.result.data.items.length).toBeGreaterThan(0);
  });
});

describe('ids and numbers', () => {
  it.each(['2147483648', '0x10', '1e3', '-1', '0'])('perfume id %s is a 400 naming the id', async (id) => {
    for (const path of [`/api/perfumes/${id}`, `/api/perfumes/${id}/similar`]) {
      const { status, body } = await call(path);
      expect(status).toBe(400);
      expect(issuePaths(body)).toEqual(['id']);
    }
  });

  it('bounds ids over tRPC too, and still finds the largest int4 missing rather than failing', async () => {
    const tooBig = await call(`/trpc/perfume.byId?input=${encodeURIComponent('{"id":2147483648}')}`);
    expect(tooBig.status).toBe(400);
    expect(issuePaths(tooBig.body.error.data)).toEqual(['id']);
    expect((await call('/api/perfumes/2147483647')).status).toBe(404);
  });

  it.each([
    ['/api/perfumes?cursor=2147483648', 'cursor'],
    ['/api/perfumes?limit=1e1', 'limit'],
    ['/api/perfumes?yearFrom=0x7d0', 'yearFrom'],
    ['/api/perfumes/1/similar?limit=31', 'limit'],
    ['/api/search/suggest?q=dior&limit=0x5', 'limit'],
    ['/api/notes/rose?cursor=2147483648', 'cursor'],
    ['/api/accords/woody?limit=-1', 'limit'],
  ])('%s is a 400 naming %s', async (path, field) => {
    const { status, body } = await call(path);
    expect(status).toBe(400);
    expect(issuePaths(body)).toEqual([field]);
  });
});

describe('methods and oversized requests', () => {
  it.each([
    ['DELETE', '/api/perfumes/1', 'GET, HEAD, OPTIONS'],
    ['GET', '/api/members', 'POST, OPTIONS'],
    ['PUT', '/health', 'GET, HEAD, OPTIONS'],
    ['DELETE', '/uploads/profile_images/00000000-0000-4000-8000-000000000000.webp', 'GET, HEAD, OPTIONS'],
  ])('%s %s is a 405 with Allow and the error body', async (method, path, allow) => {
    const response = await call(path, { method });
    expect(response.status).toBe(405);
    expect(response.allow).toBe(allow);
    expect(response.body).toMatchObject({ code: 'METHOD_NOT_SUPPORTED', issues: [] });
  });

  it('answers TRACE with 405 and too large headers with 431, both with the error body', async () => {
    const trace = await sendRawRequest(port, { method: 'TRACE', target: '/api/perfumes' });
    expect(trace?.status).toBe(405);
    expect(trace?.headers.allow).toBe('GET, HEAD, OPTIONS');
    expect(JSON.parse(trace?.body ?? '')).toMatchObject({ code: 'METHOD_NOT_SUPPORTED' });

    const large = await sendRawRequest(port, {
      method: 'GET',
      target: `/api/perfumes?q=${encodeURIComponent('가'.repeat(2_000))}`,
    });
    expect(large?.status).toBe(431);
    expect(JSON.parse(large?.body ?? '')).toMatchObject({ code: 'REQUEST_HEADER_FIELDS_TOO_LARGE', issues: [] });
  });
});
