import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forwardRequest } from '../src/proxy/forwardRequest';

const ETAG = '"catalog7-abc"';
const CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=600';

let server: http.Server;
let origin: string;

beforeAll(async () => {
  // A service answering a cacheable catalog read as the backend does: 304 to its current ETag.
  server = http.createServer((req, res) => {
    const headers = { etag: ETAG, 'cache-control': CACHE_CONTROL };
    if (req.headers['if-none-match'] === ETAG) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    res.writeHead(200, { ...headers, 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify({ items: [] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe('the proxy passes catalog caching through', () => {
  it("hands the browser the service's ETag and Cache-Control", async () => {
    const response = await forwardRequest(
      new Request('http://web.test/api/backend/perfumes?q=rose'),
      `${origin}/api/perfumes`,
      {
        service: 'backend',
      },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBe(ETAG);
    expect(response.headers.get('cache-control')).toBe(CACHE_CONTROL);
  });

  it("passes the browser's If-None-Match on and its 304 back, without a body", async () => {
    const request = new Request('http://web.test/api/backend/perfumes?q=rose', { headers: { 'if-none-match': ETAG } });
    const response = await forwardRequest(request, `${origin}/api/perfumes`, { service: 'backend' });
    expect(response.status).toBe(304);
    expect(response.headers.get('etag')).toBe(ETAG);
    expect(response.headers.get('cache-control')).toBe(CACHE_CONTROL);
    expect(await response.text()).toBe('');
  });
});
