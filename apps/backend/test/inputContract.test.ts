/**
 * The backend's REST operations read what their documents say and nothing else: the inputs the
 * API contract fuzzer once found answered 500, or 200 where the document forbids them.
 */
import { signAccessToken, signServiceToken } from '@scentence/api/auth';
import { createServiceClient } from '@scentence/api/client';
import { seedShippedCatalog } from '@scentence/db';
import { createTestDatabases, type TestDatabases } from '@scentence/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MEMBER_SETTINGS } from '../src/member/shared/memberSettings';
import type { BackendRouter } from '../src/router';
import { createBackendService } from '../src/service';

const AUTH_SECRET = 'input-contract-tests-secret-long-enough!';
const PASSWORD = 'Sc3nt!ence';
const ADMIN_EMAIL = 'contract-admin@example.com';

let databases: TestDatabases;
let baseUrl: string;
let close: () => Promise<void>;
let member: Record<string, string>;
let admin: Record<string, string>;

async function signedUp(email: string, nickname: string): Promise<Record<string, string>> {
  const web = createServiceClient<BackendRouter>({ url: baseUrl, getToken: () => signServiceToken(AUTH_SECRET) });
  await web.member.signUp.mutate({ email, password: PASSWORD, nickname, clientAddress: '203.0.113.9' });
  // Signing in is when ADMIN_EMAILS makes an admin.
  const signIn = await web.member.verifyCredentials.mutate({ email, password: PASSWORD, clientAddress: '203.0.113.9' });
  if (signIn.status !== 'signed_in') throw new Error(`${email} could not sign in`);
  const token = await signAccessToken(AUTH_SECRET, { memberId: signIn.member.id, role: signIn.member.role });
  return { authorization: `Bearer ${token}` };
}

beforeAll(async () => {
  databases = await createTestDatabases(['perfume', 'recom', 'member']);
  await seedShippedCatalog(databases.get('perfume'));
  const { host } = createBackendService(databases, {
    authSecret: AUTH_SECRET,
    corsOrigins: [],
    member: { ...DEFAULT_MEMBER_SETTINGS, adminEmails: [ADMIN_EMAIL], purgeIntervalMs: 0 },
  });
  baseUrl = `http://127.0.0.1:${await host.listen(0, '127.0.0.1')}`;
  close = host.close;
  member = await signedUp('contract-member@example.com', '계약회원');
  admin = await signedUp(ADMIN_EMAIL, '계약관리자');
});
afterAll(async () => {
  await close?.();
  await databases?.close();
});

interface Answer {
  status: number;
  body: { code?: string; issues?: { path: string; message: string }[] } & Record<string, unknown>;
}

async function call(path: string, init: RequestInit = {}): Promise<Answer> {
  const response = await fetch(`${baseUrl}/api${path}`, init);
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

const send = (method: string, body: string, headers: Record<string, string> = {}): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json', ...headers },
  body,
});
const paths = (answer: Answer) => answer.body.issues?.map((issue) => issue.path);

describe('a deeply nested JSON body', () => {
  it('answers 400 naming the field, anonymously and as an admin, on an operation whose body has no fields', async () => {
    const deep = `{"nested":${'['.repeat(5_000)}${']'.repeat(5_000)}}`;
    for (const headers of [{}, admin]) {
      const answer = await call('/admin/members/purge-withdrawals', send('POST', deep, headers));
      expect(answer.status).toBe(400);
      expect(answer.body.issues).toEqual([
        { path: 'nested', message: 'nests arrays and objects deeper than 64 levels' },
      ]);
    }
    const trpc = await fetch(`${baseUrl}/trpc/admin.purgeWithdrawals`, send('POST', deep, admin));
    expect(trpc.status).toBe(400);
  });
});

describe('a body of the wrong JSON type', () => {
  it.each(['null', '[]'])('PATCH /members/me with %s answers 400 and changes nothing', async (body) => {
    const before = await call('/members/me', { headers: member });
    const answer = await call('/members/me', send('PATCH', body, member));
    expect(answer.status).toBe(400);
    expect(answer.body.issues).toEqual([{ path: '', message: 'must be a JSON object' }]);
    expect(await call('/members/me', { headers: member })).toEqual(before);
  });

  it('POST /admin/members/purge-withdrawals with null answers 400, with {} runs', async () => {
    expect((await call('/admin/members/purge-withdrawals', send('POST', 'null', admin))).status).toBe(400);
    expect(await call('/admin/members/purge-withdrawals', send('POST', '{}', admin))).toEqual({
      status: 200,
      body: { purged: 0 },
    });
  });

  it('a number sent as a string answers 400 naming the field', async () => {
    const answer = await call(
      '/members/me/profile-image/uploads',
      send('POST', '{"contentType":"image/png","contentLength":"334"}', member),
    );
    expect(answer.status).toBe(400);
    expect(paths(answer)).toEqual(['contentLength']);
    const upload = await call(
      '/members/me/profile-image/uploads',
      send('POST', '{"contentType":"image/png","contentLength":334}', member),
    );
    expect(upload.status).toBe(200);
  });
});

describe('text PostgreSQL cannot store', () => {
  it('a NUL in the admin search answers 400 naming q, not a database error', async () => {
    const answer = await call('/admin/members?status=withdrawal_requested&limit=46&q=%00', { headers: admin });
    expect(answer.status).toBe(400);
    expect(answer.body.issues).toEqual([{ path: 'q', message: 'must not contain the NUL character (U+0000)' }]);
    expect((await call('/admin/members?q=%EA%B3%84%EC%95%BD', { headers: admin })).body.total).toBe(2);
  });

  it('a NUL in a JSON body and in a path answers 400 naming the field', async () => {
    const body = await call('/auth/token', send('POST', '{"email":"a\\u0000@example.com","password":"x"}'));
    expect(body.status).toBe(400);
    expect(paths(body)).toEqual(['email']);
    const path = await call('/notes/rose%00');
    expect(path.status).toBe(400);
    expect(paths(path)).toEqual(['slug']);
  });

  it('lone surrogates reach the database as text it can hold', async () => {
    const signIn = await call('/auth/token', send('POST', '{"email":"\\ud800@example.com","password":"\\udfff"}'));
    expect(signIn.status).toBe(401);
  });
});

describe('text as sent', () => {
  it('a nickname with a trailing space breaks the documented pattern: 400, not trimmed into a 200', async () => {
    const answer = await call('/members/nickname-availability?nickname=%EC%A7%A8%EC%B7%BC%EC%BD%98%20');
    expect(answer.status).toBe(400);
    expect(paths(answer)).toEqual(['nickname']);
  });

  it('a 61st character counts against the limit even when it is white space', async () => {
    const answer = await call(`/search/suggest?q=${'a'.repeat(60)}%0A`);
    expect(answer.status).toBe(400);
    expect(paths(answer)).toEqual(['q']);
    expect((await call(`/search/suggest?q=${'a'.repeat(59)}%0A`)).status).toBe(200);
  });

  it('blank text where text is required answers 400 saying so, as the documented pattern \\S does', async () => {
    const suggest = await call('/search/suggest?q=%20');
    expect(suggest.status).toBe(400);
    expect(suggest.body.issues).toEqual([{ path: 'q', message: 'must not be blank' }]);
    const documented = (await (await fetch(`${baseUrl}/openapi.json`)).json()) as {
      paths: Record<string, { get: { parameters: { name: string; schema: { pattern?: string } }[] } }>;
    };
    const parameter = (path: string, name: string) =>
      documented.paths[path]?.get.parameters.find((candidate) => candidate.name === name)?.schema;
    expect(parameter('/search/suggest', 'q')?.pattern).toBe('\\S');
    expect(parameter('/members/nickname-availability', 'clientAddress')?.pattern).toBe('\\S');
    const availability = await call('/members/nickname-availability?nickname=%EB%AF%B8%EB%82%98&clientAddress=%20');
    expect(availability.status).toBe(400);
    expect(paths(availability)).toEqual(['clientAddress']);
  });
});

describe('note and brand slugs', () => {
  it('take letters of any script and case, as the documented pattern does: unknown ones are 404, not 400', async () => {
    for (const slug of ['%EB%A1%9C%EC%A6%88-%EC%95%B1%EC%86%94%EB%A3%A8%ED%8A%B8', 'Pink-Pepper']) {
      expect((await call(`/notes/${slug}`)).status, slug).toBe(404);
      expect((await call(`/brands/${slug}`)).status, slug).toBe(404);
    }
    expect((await call('/notes/pink-pepper')).status).toBe(200);
  });
});
