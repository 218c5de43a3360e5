import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sendRawRequest } from '@scentence/api/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forwardRequest } from '../src/proxy/forwardRequest';
import { routeHandlers } from '../src/proxy/routeHandlers';
import { allowedMethodsAt, ROUTE_HANDLER_METHODS } from '../src/proxy/routeMethods';
import { installRequestGuards } from '../src/server/requestGuards';

const served = async (request: Request) => Response.json({ served: request.method });

async function answer(handlers: ReturnType<typeof routeHandlers<Request, unknown>>, method: string) {
  const handler = handlers[method as keyof typeof handlers];
  const response = await handler(new Request('http://web.test/api/scentmap-health', { method }), undefined);
  const text = await response.text();
  return { status: response.status, allow: response.headers.get('allow'), body: text ? JSON.parse(text) : null };
}

describe('the proxy route handlers', () => {
  it('pass the methods a route serves to it and answer every other with 405, Allow and the error body', async () => {
    const health = routeHandlers('read', served);
    expect(Object.keys(health).sort()).toEqual([...ROUTE_HANDLER_METHODS].sort());
    expect(await answer(health, 'GET')).toEqual({ status: 200, allow: null, body: { served: 'GET' } });
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      expect(await answer(health, method)).toEqual({
        status: 405,
        allow: 'GET, HEAD, OPTIONS',
        body: {
          code: 'METHOD_NOT_SUPPORTED',
          message: `${method} is not supported here; use GET, HEAD, OPTIONS`,
          issues: [],
        },
      });
    }
    expect(await answer(health, 'OPTIONS')).toEqual({ status: 204, allow: 'GET, HEAD, OPTIONS', body: null });
  });

  it('pass every method on to a service, which answers for its own paths', async () => {
    const backend = routeHandlers('service', served);
    for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']) {
      expect((await answer(backend, method)).body).toEqual({ served: method });
    }
  });

  it('know what each path serves', () => {
    expect(allowedMethodsAt('/api/backend/perfumes/1')).toEqual([
      'GET',
      'HEAD',
      'POST',
      'PUT',
      'PATCH',
      'DELETE',
      'OPTIONS',
    ]);
    expect(allowedMethodsAt('/api/trpc/scentmap/vocabulary.get')).toContain('DELETE');
    expect(allowedMethodsAt('/api/layering-health')).toEqual(['GET', 'HEAD', 'OPTIONS']);
    expect(allowedMethodsAt('/api/backend-openapi/openapi.json')).toEqual(['GET', 'HEAD', 'OPTIONS']);
    expect(allowedMethodsAt('/api/auth/session')).toEqual(['GET', 'POST', 'OPTIONS']);
    expect(allowedMethodsAt('/uploads/incoming/x')).toEqual(['GET', 'HEAD', 'PUT', 'OPTIONS']);
    expect(allowedMethodsAt('/search')).toEqual(['GET', 'HEAD', 'POST', 'OPTIONS']);
  });
});

describe('forwardRequest', () => {
  it("passes a service's 405 on with its Allow header", async () => {
    const service = http.createServer((_req, res) => {
      res.writeHead(405, { allow: 'GET, HEAD, OPTIONS', 'content-type': 'application/json' });
      res.end('{"code":"METHOD_NOT_SUPPORTED","message":"","issues":[]}');
    });
    await new Promise<void>((resolve) => service.listen(0, '127.0.0.1', resolve));
    const { port } = service.address() as AddressInfo;
    const request = new Request('http://web.test/api/backend/vocabulary', { method: 'DELETE' });
    const response = await forwardRequest(request, `http://127.0.0.1:${port}/api/vocabulary`, { service: 'backend' });
    await new Promise((resolve) => service.close(resolve));
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
  });
});

describe('the web server guards', () => {
  let server: http.Server;
  let port: number;

  beforeAll(async () => {
    installRequestGuards();
    // Stands in for Next's server: the guards sit in front of any node:http server of the process.
    server = http.createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(`next saw ${req.method}`);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('leave the methods Next routes to Next', async () => {
    expect(await (await fetch(`http://127.0.0.1:${port}/api/scentmap-health`)).text()).toBe('next saw GET');
  });

  it('answer a method Next cannot route with 405, the path’s Allow and the error body', async () => {
    for (const [method, target, allow] of [
      ['TRACE', '/api/scentmap-health', 'GET, HEAD, OPTIONS'],
      ['QUERY', '/api/backend/perfumes', 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS'],
      ['PROPFIND', '/', 'GET, HEAD, POST, OPTIONS'],
      ['CONNECT', '/uploads/incoming/x', 'GET, HEAD, PUT, OPTIONS'],
    ] as const) {
      const response = await sendRawRequest(port, { method, target });
      expect(response?.status).toBe(405);
      expect(response?.headers.allow).toBe(allow);
      expect(JSON.parse(response?.body ?? '')).toEqual({
        code: 'METHOD_NOT_SUPPORTED',
        message: `${method} is not supported here; use ${allow}`,
        issues: [],
      });
    }
  });

  it('answer too large headers with 431 and the error body', async () => {
    const response = await sendRawRequest(port, {
      method: 'GET',
      target: '/',
      headers: { cookie: `next-auth.session-token=${'a'.repeat(20_000)}` },
    });
    expect(response?.status).toBe(431);
    expect(JSON.parse(response?.body ?? '')).toMatchObject({ code: 'REQUEST_HEADER_FIELDS_TOO_LARGE', issues: [] });
  });
});
