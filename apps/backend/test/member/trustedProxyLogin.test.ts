import http from 'node:http';
import { createTestDatabases, type TestDatabases } from '@scentence/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MEMBER_SETTINGS } from '../../src/member/shared/memberSettings';
import { createBackendService } from '../../src/service';
import { AUTH_SECRET } from './memberFixture';

/** The load balancer: a loopback address of its own, so its TCP peer differs from a direct client's. */
const BALANCER = '127.0.0.2';
const DIRECT = '127.0.0.1';
const FAILURES = 2;
const SIGN_UPS = 1;
/** Another direct client: a loopback address of its own again. */
const OTHER_DIRECT = '127.0.0.3';

let databases: TestDatabases;
let close: () => Promise<void>;
let port: number;

beforeAll(async () => {
  databases = await createTestDatabases(['perfume', 'member']);
  const { host } = createBackendService(databases, {
    authSecret: AUTH_SECRET,
    corsOrigins: [],
    trustedProxies: [BALANCER],
    member: {
      ...DEFAULT_MEMBER_SETTINGS,
      purgeIntervalMs: 0,
      limits: {
        ...DEFAULT_MEMBER_SETTINGS.limits,
        loginFailures: { limit: FAILURES, windowMs: 60_000 },
        signUps: { limit: SIGN_UPS, windowMs: 60_000 },
      },
    },
  });
  port = await host.listen(0, '127.0.0.1');
  close = () => host.close();
});
afterAll(async () => {
  await close?.();
  await databases?.close();
});

let attempt = 0;

/** A wrong password for a fresh account each time (the account's own bucket never fills), from `from`. */
function failedLogin(from: string, forwardedFor?: string): Promise<number> {
  attempt += 1;
  const body = { email: `nobody-${attempt}@example.com`, password: 'Wrong-password-1!' };
  return postFrom(from, '/api/auth/token', body, forwardedFor);
}

/** A sign-up of a fresh account each time, from `from`. */
function signUp(from: string, forwardedFor?: string): Promise<number> {
  attempt += 1;
  const body = { email: `joiner-${attempt}@example.com`, password: 'Sc3nt!ence', nickname: `가입자${attempt}` };
  return postFrom(from, '/api/members', body, forwardedFor);
}

function postFrom(from: string, path: string, json: object, forwardedFor?: string): Promise<number> {
  const body = JSON.stringify(json);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        localAddress: from,
        method: 'POST',
        path,
        headers: {
          'content-type': 'application/json',
          ...(forwardedFor && { 'x-forwarded-for': forwardedFor }),
        },
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

async function failUntilThrottled(from: string, forwardedFor: (i: number) => string | undefined): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i <= FAILURES; i += 1) statuses.push(await failedLogin(from, forwardedFor(i)));
  return statuses;
}

describe('REST token logins behind a trusted load balancer', () => {
  it('give each client behind the balancer its own login bucket', async () => {
    expect(await failUntilThrottled(BALANCER, () => '198.51.100.1, 203.0.113.1')).toEqual([401, 401, 429]);
    // Another phone behind the same balancer is not throttled for the first one's failures.
    expect(await failedLogin(BALANCER, '203.0.113.2')).toBe(401);
  });

  it("ignore X-Forwarded-For from a peer that is not a trusted proxy: its claims share the peer's bucket", async () => {
    expect(await failUntilThrottled(DIRECT, (i) => `192.0.2.${i + 1}`)).toEqual([401, 401, 429]);
    expect(await failedLogin(DIRECT, '192.0.2.200')).toBe(429);
  });
});

describe('REST sign-ups', () => {
  it('give each direct client its own sign-up bucket, by its connection', async () => {
    expect([await signUp(OTHER_DIRECT), await signUp(OTHER_DIRECT)]).toEqual([200, 429]);
    // X-Forwarded-For from a peer that is not a trusted proxy is no way out of its own bucket.
    expect(await signUp(OTHER_DIRECT, '192.0.2.77')).toBe(429);
    expect(await signUp(DIRECT)).toBe(200);
  });

  it('give each client behind the balancer its own sign-up bucket', async () => {
    expect([await signUp(BALANCER, '203.0.113.11'), await signUp(BALANCER, '203.0.113.11')]).toEqual([200, 429]);
    expect(await signUp(BALANCER, '198.51.100.1, 203.0.113.12')).toBe(200);
  });
});
