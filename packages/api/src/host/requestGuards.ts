import type http from 'node:http';
import type { Duplex } from 'node:stream';
import type { AnyTRPCRouter } from '@trpc/server';
import type { OpenApiProcedureRecord } from 'trpc-to-openapi';
import { allowHeader, answerClientError, methodNotAllowedBody, NOT_FOUND_BODY, writeRawError } from './httpErrors';
import { type RestRoute, restPathOf } from './restRoutes';

/** The methods served at a path, or null where no route is (that path's 404 answers every method). */
export type RouteMethods = (pathname: string) => readonly string[] | null;

/** HEAD wherever GET is (see `admitMethod`), and OPTIONS everywhere (the CORS preflight). */
function withImpliedMethods(methods: readonly string[]): string[] {
  return [...new Set([...methods, ...(methods.includes('GET') ? ['HEAD'] : []), 'OPTIONS'])];
}

/**
 * What the host serves where: GET for /health, /openapi.json and /docs; GET for tRPC queries and
 * subscriptions and POST for mutations under /trpc (every procedure of a batch); the OpenAPI
 * methods of the REST routes that match under /api, matched as trpc-to-openapi matches them.
 */
export function createRouteMethods(router: AnyTRPCRouter, restRoutes: readonly RestRoute[]): RouteMethods {
  const procedures = router._def.procedures as OpenApiProcedureRecord;

  function trpcMethods(paths: string): string[] | null {
    const methods: string[] = [];
    for (const path of paths.split(',')) {
      const procedure = Object.hasOwn(procedures, path) ? procedures[path] : undefined;
      if (!procedure || !('_def' in procedure) || !('type' in procedure._def)) return null;
      methods.push(procedure._def.type === 'mutation' ? 'POST' : 'GET');
    }
    return methods;
  }

  function restMethods(path: string): string[] | null {
    const normalized = restPathOf(path);
    const methods = restRoutes.filter((route) => route.pattern.test(normalized)).map((route) => route.method);
    return methods.length > 0 ? methods : null;
  }

  return (pathname) => {
    let methods: string[] | null = null;
    if (pathname === '/health' || pathname === '/openapi.json' || pathname === '/docs' || pathname.startsWith('/docs/'))
      methods = ['GET'];
    else if (pathname.startsWith('/trpc/')) methods = trpcMethods(pathname.slice('/trpc/'.length));
    else if (pathname.startsWith('/api/')) methods = restMethods(pathname.slice('/api'.length));
    return methods && withImpliedMethods(methods);
  };
}

/**
 * Answers 405 with `Allow` and the error body when the path is served but not with this method,
 * and hands HEAD on as GET: node:http leaves out the body of a response to HEAD by itself, where
 * tRPC and trpc-to-openapi would answer HEAD with an empty 204 without running anything.
 * Returns false when it answered.
 */
export function admitMethod(req: http.IncomingMessage, res: http.ServerResponse, allowed: readonly string[] | null) {
  const method = req.method ?? 'GET';
  if (allowed && !allowed.includes(method)) {
    res.writeHead(405, {
      allow: allowHeader(allowed),
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
    });
    res.end(JSON.stringify(methodNotAllowedBody(method, allowed)));
    return false;
  }
  if (method === 'HEAD') req.method = 'GET';
  return true;
}

/**
 * What node:http answers on its own, with an empty reply or none: unparseable or too large
 * requests (`clientError`), and CONNECT, which never becomes a request. Both get the error body.
 */
export function guardConnections(server: http.Server, routeMethods: RouteMethods): void {
  server.on('clientError', answerClientError);
  server.on('connect', (req: http.IncomingMessage, socket: Duplex) => {
    const allowed = routeMethods((req.url ?? '').split('?')[0] ?? '');
    if (!allowed) writeRawError(socket, 404, NOT_FOUND_BODY);
    else writeRawError(socket, 405, methodNotAllowedBody('CONNECT', allowed), { allow: allowHeader(allowed) });
  });
}
