import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forwardRequest } from '../src/proxy/forwardRequest';

interface Seen {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

let server: http.Server;
let origin: string;
let seen: Seen | undefined;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      seen = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
      };
      const limited = req.url?.startsWith('/limited');
      res.writeHead(limited ? 429 : req.url?.startsWith('/missing') ? 404 : 201, {
        'content-type': 'application/json; charset=utf-8',
        'x-internal': 'secret',
        ...(limited && { 'retry-after': '42' }),
      });
      res.end(JSON.stringify({ ok: true }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

async function unusedPort(): Promise<number> {
  const probe = http.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe('forwardRequest', () => {
  it('forwards method, query string and the headers that matter, and no others', async () => {
    const request = new Request('http://web.test/api/backend/perfumes?q=santal&limit=2', {
      headers: {
        accept: 'application/json',
        'accept-language': 'ko',
        authorization: 'Bearer abc',
        cookie: 'next-auth.session-token=private',
      },
    });
    const response = await forwardRequest(request, `${origin}/api/perfumes`, { service: 'backend' });

    expect(response.status).toBe(201);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('x-internal')).toBeNull();
    expect(await response.json()).toEqual({ ok: true });
    expect(seen?.method).toBe('GET');
    expect(seen?.url).toBe('/api/perfumes?q=santal&limit=2');
    // The browser never speaks for itself: only a token the web server minted is passed on.
    expect(seen?.headers.authorization).toBeUndefined();
    expect(seen?.headers['accept-language']).toBe('ko');
    expect(seen?.headers.cookie).toBeUndefined();
  });

  it('passes on only the client address this server saw, never the entries the client wrote', async () => {
    const forwarded = (forwardedFor: string) =>
      forwardRequest(
        new Request('http://web.test/api/backend/perfumes', { headers: { 'x-forwarded-for': forwardedFor } }),
        `${origin}/api/perfumes`,
        { service: 'backend' },
      );

    await forwarded('10.0.0.5, 192.0.2.1, 203.0.113.9');
    expect(seen?.headers['x-forwarded-for']).toBe('203.0.113.9');
    await forwarded('198.51.100.7');
    expect(seen?.headers['x-forwarded-for']).toBe('198.51.100.7');
    await forwardRequest(new Request('http://web.test/api/backend/perfumes'), `${origin}/api/perfumes`, {
      service: 'backend',
    });
    expect(seen?.headers['x-forwarded-for']).toBeUndefined();
  });

  it("replaces the browser's Authorization header with the one the web server minted", async () => {
    const request = new Request('http://web.test/api/trpc/backend/member.me', {
      headers: { authorization: 'Bearer forged-by-the-browser' },
    });
    await forwardRequest(request, `${origin}/trpc/member.me`, {
      service: 'backend',
      headers: { authorization: 'Bearer minted' },
    });

    expect(seen?.headers.authorization).toBe('Bearer minted');
  });

  it('streams a request body through and passes the status code back', async () => {
    const request = new Request('http://web.test/api/backend/missing', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: '상탈 33' }),
    });
    const response = await forwardRequest(request, `${origin}/missing`, {
      service: 'backend',
      headers: { 'x-forwarded-prefix': '/api/backend-openapi' },
    });

    expect(response.status).toBe(404);
    expect(seen?.method).toBe('POST');
    expect(JSON.parse(seen?.body ?? '')).toEqual({ name: '상탈 33' });
    expect(seen?.headers['content-type']).toBe('application/json');
    expect(seen?.headers['x-forwarded-prefix']).toBe('/api/backend-openapi');
  });

  it("passes a rate limit's Retry-After back to the browser", async () => {
    const request = new Request('http://web.test/api/backend/members/email-availability?email=a@b.co');
    const response = await forwardRequest(request, `${origin}/limited`, { service: 'backend' });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('42');
  });

  it('answers 503 with the error body when the service cannot be reached', async () => {
    const port = await unusedPort();
    const response = await forwardRequest(
      new Request('http://web.test/api/scentmap-health'),
      `http://127.0.0.1:${port}/health`,
      {
        service: 'scentmap',
      },
    );

    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      code: 'SERVICE_UNAVAILABLE',
      message: 'The scentmap service is unavailable; try again shortly',
      issues: [],
    });
  });
});
