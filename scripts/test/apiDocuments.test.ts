/**
 * The three services' /openapi.json as an outside integrator reads them: Redocly's lint finds no
 * error, every operation lists the statuses it can answer, and real answers match the document.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { errorBodySchema } from '@scentence/api/schemas';
import { createBackendService } from '@scentence/backend';
import { createTestDatabases, type TestDatabases } from '@scentence/db/testing';
import { createLayeringService } from '@scentence/layering';
import { createScentmapService } from '@scentence/scentmap';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const AUTH_SECRET = 'test-secret-that-is-long-enough-for-hs256!';
const root = path.resolve(import.meta.dirname, '../..');
const services = ['backend', 'scentmap', 'layering'] as const;
type Service = (typeof services)[number];

interface Response {
  description: string;
  headers?: Record<string, unknown>;
  content?: Record<string, { schema: unknown }>;
}
interface Operation {
  security?: unknown[];
  description?: string;
  tags?: string[];
  responses: Record<string, Response>;
}
interface ApiDocument {
  info: { license?: { name: string } };
  paths: Record<string, Record<string, Operation>>;
}

let databases: TestDatabases;
const baseUrls = {} as Record<Service, string>;
const documents = {} as Record<Service, ApiDocument>;
const closers: (() => Promise<void>)[] = [];

beforeAll(async () => {
  databases = await createTestDatabases(['perfume', 'member']);
  const settings = { authSecret: AUTH_SECRET, corsOrigins: [] };
  const hosts = {
    backend: createBackendService(databases, settings).host,
    scentmap: createScentmapService(databases, settings).host,
    layering: createLayeringService(databases, settings).host,
  };
  for (const service of services) {
    baseUrls[service] = `http://127.0.0.1:${await hosts[service].listen(0, '127.0.0.1')}`;
    closers.push(hosts[service].close);
    documents[service] = (await (await fetch(`${baseUrls[service]}/openapi.json`)).json()) as ApiDocument;
  }
});
afterAll(async () => {
  for (const close of closers) await close();
  await databases?.close();
});

const statusesOf = (service: Service, method: string, path: string) =>
  Object.keys(documents[service].paths[path]?.[method]?.responses ?? {});

function operations(service: Service): [string, Operation][] {
  return Object.entries(documents[service].paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]): [string, Operation] => [
      `${method.toUpperCase()} ${path}`,
      operation,
    ]),
  );
}

async function answer(service: Service, path: string, init?: RequestInit) {
  const response = await fetch(`${baseUrls[service]}${path}`, init);
  return { status: response.status, headers: response.headers, body: (await response.json()) as unknown };
}

/** The member's own account, wardrobe and chat threads, administration and the web server's sign-in steps; the rest is public. */
const NEEDS_A_TOKEN =
  /^\w+ \/(members\/me|admin\/|members\/credentials|members\/kakao|wardrobe|map\/wardrobe|layering\/partners\/wardrobe|layering\/votes|chat\/threads)/;

describe("the services' OpenAPI documents", () => {
  it("pass Redocly's lint with no error", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'openapi-lint-'));
    try {
      for (const service of services) {
        const file = path.join(dir, `${service}.json`);
        writeFileSync(file, JSON.stringify(documents[service]));
        const cli = path.join(root, 'node_modules/@redocly/cli/bin/cli.js');
        const { stdout } = await promisify(execFile)(
          process.execPath,
          [cli, 'lint', file, '--format=json', `--config=${path.join(root, 'redocly.yaml')}`],
          { cwd: root, env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } },
        ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
        const report = JSON.parse(stdout) as { totals: { errors: number }; problems: { severity: string }[] };
        const errors = report.problems.filter((problem) => problem.severity === 'error');
        expect(errors, service).toEqual([]);
        expect(report.totals.errors, service).toBe(0);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('list every status each backend operation can answer, and none it cannot', () => {
    const backend = Object.fromEntries(operations('backend').map(([name, op]) => [name, Object.keys(op.responses)]));
    const db = ['503'];
    const body = ['413', '415'];
    // A catalog read revalidated by its ETag answers 304 Not Modified.
    const fresh = ['200', '304'];
    expect(backend).toMatchObject({
      'GET /perfumes': [...fresh, '400', ...db],
      'GET /search/suggest': [...fresh, '400', ...db],
      'GET /perfumes/{id}': [...fresh, '400', '404', ...db],
      'GET /perfumes/{id}/similar': [...fresh, '400', '404', ...db],
      'GET /notes/{slug}': [...fresh, '400', '404', ...db],
      'GET /accords/{key}': [...fresh, '400', ...db],
      'GET /brands/{slug}': [...fresh, '400', '404', ...db],
      'GET /notes': [...fresh, ...db],
      'GET /catalog/pages': [...fresh, ...db],
      'GET /catalog/perfume-ids': [...fresh, '400', ...db],
      'GET /vocabulary': [...fresh],
      'GET /members/email-availability': ['200', '400', '429', ...db],
      'GET /members/nickname-availability': ['200', '400', '429', ...db],
      'POST /members': ['200', '400', ...body, '429', ...db],
      'POST /members/recovery': ['200', '400', '401', '403', ...body, ...db],
      'POST /members/credentials': ['200', '400', '401', '403', ...body, '429', ...db],
      'POST /members/kakao': ['200', '400', '401', '403', '409', ...body, ...db],
      'POST /members/kakao/link': ['200', '400', '401', '403', '409', ...body, '429', ...db],
      'GET /members/me': ['200', '401', '403', ...db],
      'PATCH /members/me': ['200', '400', '401', '403', ...body, ...db],
      'PUT /members/me/password': ['200', '400', '401', '403', ...body, '429', ...db],
      'POST /members/me/withdrawal': ['200', '400', '401', '403', ...body, '429', ...db],
      'POST /members/me/profile-image/uploads': ['200', '400', '401', '403', ...body, ...db],
      'PUT /members/me/profile-image': ['200', '400', '401', '403', '404', ...body, ...db],
      'DELETE /members/me/profile-image': ['200', '401', '403', ...db],
      'POST /auth/token': ['200', '400', '401', '403', ...body, '429', ...db],
      'POST /auth/token/kakao': ['200', '400', '401', '403', '409', ...body, ...db],
      'POST /auth/token/kakao/link': ['200', '400', '401', '403', '409', ...body, '429', ...db],
      'POST /auth/token/recovery': ['200', '400', '401', '403', ...body, ...db],
      'POST /auth/token/refresh': ['200', '400', '401', '403', ...body, ...db],
      'POST /auth/token/revoke': ['200', '400', ...body, ...db],
      'GET /admin/members': ['200', '400', '401', '403', ...db],
      'GET /admin/members/{id}': ['200', '400', '401', '403', '404', ...db],
      'PUT /admin/members/{id}/status': ['200', '400', '401', '403', '404', '409', ...body, ...db],
      'POST /admin/members/purge-withdrawals': ['200', '400', '401', '403', ...body, ...db],
      'GET /wardrobe': ['200', '400', '401', ...db],
      'GET /wardrobe/status': ['200', '400', '401', ...db],
      'GET /wardrobe/perfumes/{perfumeId}': ['200', '400', '401', '404', ...db],
      'PUT /wardrobe/perfumes/{perfumeId}': ['200', '400', '401', '404', ...body, ...db],
      'PATCH /wardrobe/perfumes/{perfumeId}': ['200', '400', '401', '404', ...body, ...db],
      'POST /wardrobe/perfumes/{perfumeId}/use-up': ['200', '400', '401', '404', ...body, ...db],
      'DELETE /wardrobe/perfumes/{perfumeId}': ['200', '400', '401', '404', ...db],
      'GET /wardrobe/settings': ['200', '401', ...db],
      'PUT /wardrobe/settings': ['200', '400', '401', ...body, ...db],
      'GET /wardrobe/taste': ['200', '401', ...db],
      'GET /wardrobe/for-you': ['200', '400', '401', ...db],
      'GET /wardrobe/export': ['200', '400', '401', ...db],
      'POST /wardrobe/import': ['200', '400', '401', ...body, ...db],
    });
    const layering = Object.fromEntries(operations('layering').map(([name, op]) => [name, Object.keys(op.responses)]));
    expect(layering).toMatchObject({
      'GET /layering/pair': ['200', '400', '404', '429', ...db],
      'GET /layering/partners': ['200', '400', '404', '429', ...db],
      'GET /layering/partners/wardrobe': ['200', '400', '401', '404', '429', ...db],
      'GET /layering/ask': ['200', '400', '429', ...db],
      'PUT /layering/votes': ['200', '400', '401', '404', ...body, '429', ...db],
      'DELETE /layering/votes': ['200', '400', '401', '429', ...db],
    });
    for (const service of ['scentmap', 'layering'] as const) {
      expect(statusesOf(service, 'get', '/vocabulary'), service).toEqual(['200']);
      expect(statusesOf(service, 'get', '/perfumes/lookup'), service).toEqual(['200', '400', '503']);
    }
  });

  it('describe every error with the one error body, public operations as public, and have a license', () => {
    for (const service of services) {
      expect(documents[service].info.license?.name, service).toBeTruthy();
      for (const [name, operation] of operations(service)) {
        expect(operation.description, name).toBeTruthy();
        expect(operation.tags?.length, name).toBeGreaterThan(0);
        // A 304 (a cacheable GET's "not modified") has no body; every error status has the error body.
        const errors = Object.entries(operation.responses).filter(([status]) => Number(status) >= 400);
        for (const [status, response] of errors) {
          expect(response.content, `${name} ${status}`).toEqual({
            'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } },
          });
        }
        expect(operation.security, name).toEqual(NEEDS_A_TOKEN.test(name) ? [{ bearer: [] }] : []);
      }
    }
  });
});

describe('real answers are the documented ones', () => {
  it('a protected operation asked anonymously answers a documented 401 with the error body', async () => {
    const me = await answer('backend', '/api/members/me');
    expect(me.status).toBe(401);
    expect(statusesOf('backend', 'get', '/members/me')).toContain('401');
    expect(errorBodySchema.strict().parse(me.body)).toMatchObject({ code: 'UNAUTHORIZED', issues: [] });
  });

  it('an unknown perfume answers a documented 404, a malformed id a documented 400 naming the field', async () => {
    const missing = await answer('backend', '/api/perfumes/987654');
    expect(missing.status).toBe(404);
    expect(statusesOf('backend', 'get', '/perfumes/{id}')).toContain('404');
    expect(errorBodySchema.strict().parse(missing.body).code).toBe('NOT_FOUND');

    const lookup = await answer('scentmap', '/api/perfumes/lookup?ids=abc');
    expect(lookup.status).toBe(400);
    expect(statusesOf('scentmap', 'get', '/perfumes/lookup')).toContain('400');
    expect(
      errorBodySchema
        .strict()
        .parse(lookup.body)
        .issues.map((issue) => issue.path),
    ).toEqual(['ids']);
  });

  it('a body that is not JSON answers a documented 415', async () => {
    const signUp = await answer('backend', '/api/members', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'hello',
    });
    expect(signUp.status).toBe(415);
    expect(statusesOf('backend', 'post', '/members')).toContain('415');
    expect(errorBodySchema.strict().parse(signUp.body).code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('a rate limit answers a documented 429 with Retry-After', async () => {
    let limited: Awaited<ReturnType<typeof answer>> | undefined;
    for (let attempt = 0; attempt < 100 && limited?.status !== 429; attempt++) {
      limited = await answer('backend', '/api/members/email-availability?email=someone%40example.com');
    }
    expect(limited?.status).toBe(429);
    expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(errorBodySchema.strict().parse(limited?.body).code).toBe('TOO_MANY_REQUESTS');
    const documented = documents.backend.paths['/members/email-availability']?.get?.responses['429'];
    expect(documented?.headers).toEqual({ 'Retry-After': { $ref: '#/components/headers/RetryAfter' } });
  });
});
