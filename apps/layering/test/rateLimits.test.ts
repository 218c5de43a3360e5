import { randomUUID } from 'node:crypto';
import { signAccessToken, signServiceToken } from '@scentence/api/auth';
import { VOUCHED_ADDRESS_HEADER } from '@scentence/api/clientAddress';
import { catalogMessage, errorBodySchema } from '@scentence/api/schemas';
import { createTestDatabases, type TestDatabases } from '@scentence/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LayeringLimits } from '../src/limits/layeringLimits';
import { createLayeringService } from '../src/service';

const AUTH_SECRET = 'layering-rate-limit-tests-secret-long-enough!';
const READS = 3;
const VOTES = 2;
const limits: LayeringLimits = { read: { limit: READS, windowMs: 60_000 }, vote: { limit: VOTES, windowMs: 60_000 } };

let databases: TestDatabases;
/** Two replicas over the same databases, as behind a load balancer. */
let replicas: string[];
let closeAll: () => Promise<void>;

beforeAll(async () => {
  // An empty catalog: every pair is a 404, which counts like any other answer.
  databases = await createTestDatabases(['perfume', 'recom']);
  const hosts = [0, 1].map(
    () => createLayeringService(databases, { authSecret: AUTH_SECRET, corsOrigins: [] }, { limits }).host,
  );
  replicas = await Promise.all(hosts.map(async (host) => `http://127.0.0.1:${await host.listen(0, '127.0.0.1')}`));
  closeAll = async () => {
    await Promise.all(hosts.map((host) => host.close()));
  };
});
afterAll(async () => {
  await closeAll?.();
  await databases?.close();
});

let pairs = 0;

/** A pair nobody asked about yet, so no answer is a cached one. */
function pairPath(): string {
  pairs += 2;
  return `/api/layering/pair?a=${pairs}&b=${pairs + 1}`;
}

function call(path: string, headers: Record<string, string> = {}, init: RequestInit = {}, replica = 0) {
  return fetch(`${replicas[replica]}${path}`, { ...init, headers });
}

async function statuses(count: number, headers: Record<string, string> = {}, replica = 0): Promise<number[]> {
  const seen: number[] = [];
  for (let i = 0; i < count; i += 1) seen.push((await call(pairPath(), headers, {}, replica)).status);
  return seen;
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const memberHeaders = async () =>
  bearer(await signAccessToken(AUTH_SECRET, { memberId: randomUUID(), role: 'member' }));
const vouched = async (address: string) => ({
  ...bearer(await signServiceToken(AUTH_SECRET)),
  [VOUCHED_ADDRESS_HEADER]: address,
});

describe("the layering service's per-caller limits", () => {
  it('answer a direct caller past its limit 429 with Retry-After and the message, on every replica', async () => {
    expect(await statuses(READS - 1, {}, 0)).toEqual([404, 404]);
    expect(await statuses(1, {}, 1)).toEqual([404]);
    const refused = await call(pairPath(), {}, {}, 1);
    expect(refused.status).toBe(429);
    const seconds = Number(refused.headers.get('retry-after'));
    expect(seconds).toBeGreaterThanOrEqual(1);
    expect(seconds).toBeLessThanOrEqual(60);
    const body = errorBodySchema.parse(await refused.json());
    expect(body).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      messageKey: 'layeringTooManyRequests',
      params: { seconds },
    });
    expect(body.message).toBe(catalogMessage('layeringTooManyRequests', 'ko', { seconds }));
    expect(catalogMessage('layeringTooManyRequests', 'en', { seconds })).toContain(`${seconds} seconds`);
  });

  it('count each member on their own, not the address they share; questions and partners count too', async () => {
    const member = await memberHeaders();
    expect((await call('/api/layering/ask?q=hello', member)).status).toBe(200);
    expect((await call('/api/layering/partners?perfumeId=1', member)).status).toBe(404);
    expect(await statuses(2, member)).toEqual([404, 429]);
    expect(await statuses(1, await memberHeaders())).toEqual([404]);
  });

  it("count the web server's guests by the address it vouches for, and believe that address from a service only", async () => {
    expect(await statuses(READS + 1, await vouched('203.0.113.10'))).toEqual([404, 404, 404, 429]);
    expect(await statuses(1, await vouched('203.0.113.11'))).toEqual([404]);
    // Anyone else's claim is ignored: this anonymous caller is the address the first test used up.
    expect(await statuses(1, { [VOUCHED_ADDRESS_HEADER]: '203.0.113.12' })).toEqual([429]);
  });

  it('never throttle a service that vouches for no one (the chat, which limits its own users) as one client', async () => {
    const chat = bearer(await signServiceToken(AUTH_SECRET, 'backend'));
    expect(new Set(await statuses(READS * 3, chat))).toEqual(new Set([404]));
  });

  it("limit a member's votes on their own", async () => {
    const member = await memberHeaders();
    const vote = () =>
      call(
        '/api/layering/votes',
        { ...member, 'content-type': 'application/json' },
        { method: 'PUT', body: JSON.stringify({ a: 1, b: 2, vote: 'up' }) },
      );
    const seen: number[] = [];
    for (let i = 0; i <= VOTES; i += 1) seen.push((await vote()).status);
    expect(seen).toEqual([404, 404, 429]);
    const removed = await call('/api/layering/votes?a=1&b=2', member, { method: 'DELETE' });
    expect(removed.status).toBe(429);
  });

  it('document 429 on every limited operation', async () => {
    const document = (await (await call('/openapi.json')).json()) as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    };
    const limited = [
      ['/layering/pair', 'get'],
      ['/layering/partners', 'get'],
      ['/layering/partners/wardrobe', 'get'],
      ['/layering/ask', 'get'],
      ['/layering/votes', 'put'],
      ['/layering/votes', 'delete'],
    ] as const;
    for (const [path, method] of limited) {
      expect(Object.keys(document.paths[path]?.[method]?.responses ?? {}), `${method} ${path}`).toContain('429');
    }
  });
});
