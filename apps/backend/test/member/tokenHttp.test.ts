/**
 * The token operations over the backend's own HTTP host, as a mobile app calls them: REST and
 * tRPC take the access token as a bearer header, and throttling counts the connection's address.
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBackend, type TestBackendHost } from '../support/backendHost';
import { AUTH_SECRET, STRONG_PASSWORD } from './memberFixture';

let backend: TestBackendHost;
let port: number;

beforeAll(async () => {
  backend = await startTestBackend(AUTH_SECRET, ['perfume', 'member']);
  port = backend.port;
});
afterAll(() => backend?.close());

interface Answer {
  status: number;
  body: Record<string, unknown>;
}

/** One JSON request from a chosen loopback address (127.0.0.0/8 all reaches the host). */
function request(
  method: string,
  path: string,
  options: { body?: unknown; token?: string; from?: string } = {},
): Promise<Answer> {
  const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        localAddress: options.from ?? '127.0.0.1',
        headers: {
          ...(payload && { 'content-type': 'application/json' }),
          ...(options.token && { authorization: `Bearer ${options.token}` }),
        },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          text += chunk;
        });
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) }));
      },
    );
    outgoing.on('error', reject);
    outgoing.end(payload);
  });
}

async function signUp(email: string, nickname: string) {
  const created = await request('POST', '/api/members', { body: { email, password: STRONG_PASSWORD, nickname } });
  expect(created.status).toBe(200);
}

describe('tokens over HTTP', () => {
  it('opens the protected operations over REST and tRPC with the bearer access token', async () => {
    await signUp('http.tokens@example.com', '토큰회원');
    const signIn = await request('POST', '/api/auth/token', {
      body: { email: 'http.tokens@example.com', password: STRONG_PASSWORD },
    });
    expect(signIn).toMatchObject({ status: 200, body: { status: 'signed_in' } });
    const { accessToken } = signIn.body.tokens as { accessToken: string };

    const rest = await request('GET', '/api/members/me', { token: accessToken });
    expect(rest).toMatchObject({ status: 200, body: { email: 'http.tokens@example.com' } });
    const trpc = await request('GET', `/trpc/member.me?input=${encodeURIComponent('{}')}`, { token: accessToken });
    expect(trpc).toMatchObject({ status: 200, body: { result: { data: { nickname: '토큰회원' } } } });
    expect((await request('GET', '/api/members/me')).status).toBe(401);
  });

  it('answers a bad refresh token with 401 and the error body', async () => {
    const refused = await request('POST', '/api/auth/token/refresh', { body: { refreshToken: 'forged' } });
    expect(refused).toMatchObject({ status: 401, body: { code: 'UNAUTHORIZED', issues: [] } });
  });

  it('throttles by the address a caller connects from, not one shared by every REST caller', async () => {
    await signUp('http.throttle@example.com', '조절회원');
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const failed = await request('POST', '/api/auth/token', {
        from: '127.0.0.2',
        body: { email: `nobody${attempt}@example.com`, password: 'Wrong!Pass1' },
      });
      expect(failed.status).toBe(401);
    }
    const blocked = await request('POST', '/api/auth/token', {
      from: '127.0.0.2',
      body: { email: 'http.throttle@example.com', password: STRONG_PASSWORD },
    });
    expect(blocked).toMatchObject({ status: 429, body: { code: 'TOO_MANY_REQUESTS' } });

    const elsewhere = await request('POST', '/api/auth/token', {
      from: '127.0.0.3',
      body: { email: 'http.throttle@example.com', password: STRONG_PASSWORD },
    });
    expect(elsewhere).toMatchObject({ status: 200, body: { status: 'signed_in' } });
  });
});
