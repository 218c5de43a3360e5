import http from 'node:http';
import type { AnyTRPCRouter } from '@trpc/server';
import { nodeHTTPRequestHandler } from '@trpc/server/adapters/node-http';
import { createOpenApiNodeHttpHandler } from 'trpc-to-openapi';
import type { Health } from '../schemas/common';
import { createContextFactory } from '../trpc/context';
import { type CacheVersion, createConditionalGet } from './conditionalGet';
import { readDocAsset, renderDocsPage } from './docsPage';
import { createEventStreamHandler, type EventStreamOperation } from './eventStreams';
import { NOT_FOUND_BODY } from './httpErrors';
import { createOpenApiDocument, withServerUrl } from './openApiDocument';
import { admitMethod, createRouteMethods, guardConnections } from './requestGuards';
import { reshapeRestErrors } from './restErrors';
import { createRestGetHandler } from './restGetHandler';
import { readRestInput } from './restInput';
import { enforceRestInputRules } from './restInputRules';
import { REST_BODY_LIMIT_BYTES } from './restRequests';
import { findRestRoute, restPathOf, restRoutesOf } from './restRoutes';
import { retryAfterHeader } from './retryAfterHeader';
import { useSyncValidation } from './syncValidation';

export interface ServiceHostOptions {
  service: string;
  title: string;
  version: string;
  description?: string;
  router: AnyTRPCRouter;
  authSecret: string;
  /** Resolves when the service's database answers; rejects (or times out) when it does not. */
  checkDatabase: () => Promise<void>;
  corsOrigins?: readonly string[];
  log?: (message: string, error?: unknown) => void;
  /** REST operations answering with `text/event-stream`, served and documented beside the router's. */
  eventStreams?: readonly EventStreamOperation[];
  /** Routes outside /trpc and /api (e.g. uploaded files); resolves true when it answered. */
  extraRoutes?: (req: http.IncomingMessage, res: http.ServerResponse) => Promise<boolean>;
  /** What the REST GETs with a `cache` meta are validated against (ETag, 304); without it they are not. */
  cacheVersion?: CacheVersion;
}

export interface ServiceHost {
  server: http.Server;
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

const HEALTH_TIMEOUT_MS = 2_000;
const PREFIX_PATTERN = /^\/[\w\-/]*$/;

function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

/** JSON written once (the OpenAPI document), sent as bytes. */
function sendBytes(res: http.ServerResponse, body: Buffer): void {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(body);
}

/** How many bases (prefixes a proxy forwards) the documents are kept for; past it, one is made per request. */
const KEPT_BASES = 16;

function keptPerBase(make: (base: string) => Buffer): (base: string) => Buffer {
  const kept = new Map<string, Buffer>();
  return (base) => {
    let made = kept.get(base);
    if (!made) {
      made = make(base);
      if (kept.size < KEPT_BASES) kept.set(base, made);
    }
    return made;
  };
}

function notFound(res: http.ServerResponse): void {
  sendJson(res, 404, NOT_FOUND_BODY);
}

function forwardedPrefix(req: http.IncomingMessage, header: string, fallback: string): string {
  const value = req.headers[header];
  return typeof value === 'string' && PREFIX_PATTERN.test(value) ? value.replace(/\/$/, '') : fallback;
}

async function withTimeout(work: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  try {
    await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * One node:http server per service: tRPC under /trpc, the same procedures as REST under /api,
 * the generated /openapi.json, a docs page under /docs and /health.
 */
export function createServiceHost(options: ServiceHostOptions): ServiceHost {
  const log = options.log ?? ((message, error) => console.error(`[${options.service}] ${message}`, error ?? ''));
  const createContext = createContextFactory(options.authSecret);
  const onError = ({ error, path }: { error: { code: string; cause?: unknown }; path?: string }) => {
    if (error.code === 'INTERNAL_SERVER_ERROR') log(`internal error in ${path ?? 'unknown'}`, error.cause ?? error);
  };
  useSyncValidation(options.router);
  const document = createOpenApiDocument(options);
  // Written once per base (direct, or behind the web proxy's prefix), not per request.
  const openApiJson = keptPerBase((apiBase) => Buffer.from(JSON.stringify(withServerUrl(document, apiBase))));
  const docsPage = keptPerBase((docsBase) => Buffer.from(renderDocsPage(options.title, docsBase)));
  const docAssets = new Map<string, Promise<Awaited<ReturnType<typeof readDocAsset>>>>();
  const restRoutes = restRoutesOf(options.router);
  enforceRestInputRules(restRoutes);
  const restHandler = createOpenApiNodeHttpHandler({
    router: options.router,
    createContext: async (opts: { req: http.IncomingMessage }) => ({ ...(await createContext(opts)), rest: true }),
    onError,
    responseMeta: retryAfterHeader,
    maxBodySize: REST_BODY_LIMIT_BYTES,
  });
  const restGet = createRestGetHandler(restRoutes, {
    createContext,
    onError,
    responseMeta: retryAfterHeader,
    config: options.router._def._config,
  });
  const corsOrigins = new Set(options.corsOrigins ?? []);
  const routeMethods = createRouteMethods(options.router, restRoutes);
  const conditionalGet = options.cacheVersion ? createConditionalGet(options.router, options.cacheVersion) : null;
  const eventStreams = options.eventStreams?.length
    ? createEventStreamHandler(options.router, createContext, options.eventStreams)
    : null;

  async function health(res: http.ServerResponse): Promise<void> {
    let db: Health['db'] = 'ok';
    try {
      await withTimeout(options.checkDatabase(), HEALTH_TIMEOUT_MS);
    } catch {
      db = 'down';
    }
    const body: Health = { status: db === 'ok' ? 'ok' : 'degraded', service: options.service, db };
    sendJson(res, db === 'ok' ? 200 : 503, body);
  }

  function docAsset(name: string) {
    let asset = docAssets.get(name);
    if (!asset) {
      asset = readDocAsset(name);
      // Only the few known assets are ever kept: an unknown name reads nothing and is not kept.
      void asset.then(
        (found) => {
          if (!found) docAssets.delete(name);
        },
        () => docAssets.delete(name),
      );
      docAssets.set(name, asset);
    }
    return asset;
  }

  async function docs(req: http.IncomingMessage, res: http.ServerResponse, rest: string): Promise<void> {
    const docsBase = forwardedPrefix(req, 'x-forwarded-prefix', '/docs');
    if (rest === '' || rest === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(docsPage(docsBase));
      return;
    }
    if (rest === '/openapi.json') {
      sendBytes(res, openApiJson(forwardedPrefix(req, 'x-forwarded-api-prefix', '/api')));
      return;
    }
    const asset = rest.startsWith('/assets/') ? await docAsset(rest.slice('/assets/'.length)) : null;
    if (!asset) return notFound(res);
    res.writeHead(200, { 'content-type': asset.type, 'cache-control': 'public, max-age=86400' });
    res.end(asset.body);
  }

  function applyCors(req: http.IncomingMessage, res: http.ServerResponse): boolean {
    const origin = req.headers.origin;
    if (origin && corsOrigins.has(origin)) {
      res.setHeader('access-control-allow-origin', origin);
      res.setHeader('vary', 'origin');
      res.setHeader('access-control-allow-headers', 'authorization, content-type');
      res.setHeader('access-control-allow-methods', 'GET, POST, PUT, PATCH, DELETE, OPTIONS');
      res.setHeader('access-control-expose-headers', 'retry-after');
    }
    if (req.method === 'OPTIONS') {
      res.writeHead(204);
      res.end();
      return true;
    }
    return false;
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (applyCors(req, res)) return;
    if (eventStreams && (await eventStreams(req, res))) return;
    if (options.extraRoutes && (await options.extraRoutes(req, res))) return;
    const pathname = (req.url ?? '/').split('?')[0] ?? '/';
    if (!admitMethod(req, res, routeMethods(pathname))) return;
    if (pathname === '/health') return health(res);
    if (pathname === '/openapi.json') return sendBytes(res, openApiJson('/api'));
    if (pathname === '/docs' || pathname.startsWith('/docs/')) return docs(req, res, pathname.slice('/docs'.length));
    if (pathname.startsWith('/trpc/')) {
      await nodeHTTPRequestHandler({
        router: options.router,
        req,
        res,
        path: pathname.slice('/trpc/'.length),
        createContext,
        onError,
        responseMeta: retryAfterHeader,
      });
      return;
    }
    if (pathname.startsWith('/api/')) {
      if (conditionalGet && (await conditionalGet(req, res, pathname.slice('/api'.length)))) return;
      req.url = (req.url ?? '').slice('/api'.length);
      const url = new URL(req.url, 'http://host.invalid');
      const path = restPathOf(req.url);
      const route = findRestRoute(restRoutes, req.method ?? 'GET', path);
      const refusal = await readRestInput(req, route, url);
      if (refusal) return sendJson(res, refusal.status, refusal.body, refusal.headers);
      if (route && req.method === 'GET' && (await restGet(req, res, route, path))) return;
      await restHandler(req, reshapeRestErrors(res));
      return;
    }
    notFound(res);
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log('request failed', error);
      if (!res.headersSent)
        sendJson(res, 500, { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error', issues: [] });
      else res.end();
    });
  });
  server.keepAliveTimeout = 65_000;
  guardConnections(server, routeMethods);

  return {
    server,
    listen(port, host = '0.0.0.0') {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          const address = server.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      });
    },
    close() {
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
