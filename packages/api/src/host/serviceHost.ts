import type http from 'node:http';
import type { AnyTRPCRouter } from '@trpc/server';
import { nodeHTTPRequestHandler } from '@trpc/server/adapters/node-http';
import { createContextFactory } from '../trpc/context';
import type { CacheVersion } from './conditionalGet';
import { createCors } from './cors';
import { createEventStreamHandler, type EventStreamOperation } from './eventStreams';
import { createHealthCheck } from './healthCheck';
import { createHostDocuments } from './hostDocuments';
import { notFound, sendBytes } from './hostResponses';
import { createOpenApiDocument } from './openApiDocument';
import { admitMethod, createRouteMethods } from './requestGuards';
import { createRestPipeline, type HostErrorHandler } from './restPipeline';
import { TRPC_BODY_LIMIT_BYTES } from './restRequests';
import { retryAfterHeader } from './retryAfterHeader';
import { createServerLifecycle, type ServiceHost } from './serverLifecycle';
import { useSyncValidation } from './syncValidation';

export type { ServiceHost } from './serverLifecycle';

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
  /** Addresses or CIDR ranges of our load balancers: behind them the client comes from X-Forwarded-For. */
  trustedProxies?: readonly string[];
  log?: (message: string, error?: unknown) => void;
  /** REST operations answering with `text/event-stream`, served and documented beside the router's. */
  eventStreams?: readonly EventStreamOperation[];
  /** Routes outside /trpc and /api (e.g. uploaded files); resolves true when it answered. */
  extraRoutes?: (req: http.IncomingMessage, res: http.ServerResponse) => Promise<boolean>;
  /** What the REST GETs with a `cache` meta are validated against (ETag, 304); without it they are not. */
  cacheVersion?: CacheVersion;
}

/**
 * One node:http server per service: tRPC under /trpc, the same procedures as REST under /api,
 * the generated /openapi.json, a docs page under /docs and /health.
 */
export function createServiceHost(options: ServiceHostOptions): ServiceHost {
  const log = options.log ?? ((message, error) => console.error(`[${options.service}] ${message}`, error ?? ''));
  const createContext = createContextFactory(options.authSecret, options.trustedProxies);
  const onError: HostErrorHandler = ({ error, path }) => {
    if (error.code === 'INTERNAL_SERVER_ERROR') log(`internal error in ${path ?? 'unknown'}`, error.cause ?? error);
  };
  useSyncValidation(options.router);
  const documents = createHostDocuments(options.title, createOpenApiDocument(options));
  const rest = createRestPipeline({
    router: options.router,
    createContext,
    onError,
    cacheVersion: options.cacheVersion,
  });
  const applyCors = createCors(options.corsOrigins ?? []);
  const routeMethods = createRouteMethods(options.router, rest.routes);
  const eventStreams = options.eventStreams?.length
    ? createEventStreamHandler(options.router, createContext, options.eventStreams)
    : null;
  const health = createHealthCheck(options.service, options.checkDatabase);

  /** Who answers a request, first come first served. */
  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (applyCors(req, res)) return;
    if (eventStreams && (await eventStreams(req, res))) return;
    if (options.extraRoutes && (await options.extraRoutes(req, res))) return;
    const pathname = (req.url ?? '/').split('?')[0] ?? '/';
    if (!admitMethod(req, res, routeMethods(pathname))) return;
    if (pathname === '/health') return health(res);
    if (pathname === '/openapi.json') return sendBytes(res, documents.openApiJson('/api'));
    if (pathname === '/docs' || pathname.startsWith('/docs/'))
      return documents.docs(req, res, pathname.slice('/docs'.length));
    if (pathname.startsWith('/trpc/')) {
      await nodeHTTPRequestHandler({
        router: options.router,
        req,
        res,
        path: pathname.slice('/trpc/'.length),
        createContext,
        onError,
        maxBodySize: TRPC_BODY_LIMIT_BYTES,
        responseMeta: retryAfterHeader,
      });
      return;
    }
    if (pathname.startsWith('/api/')) return rest.handle(req, res, pathname);
    notFound(res);
  }

  return createServerLifecycle(handle, routeMethods, log);
}
