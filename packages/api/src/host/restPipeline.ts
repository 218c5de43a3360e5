import type http from 'node:http';
import type { AnyTRPCRouter } from '@trpc/server';
import { createOpenApiNodeHttpHandler } from 'trpc-to-openapi';
import type { createContextFactory } from '../trpc/context';
import { type CacheVersion, createConditionalGet } from './conditionalGet';
import { sendJson } from './hostResponses';
import { reshapeRestErrors } from './restErrors';
import { createRestGetHandler } from './restGetHandler';
import { readRestInput } from './restInput';
import { enforceRestInputRules } from './restInputRules';
import { REST_BODY_LIMIT_BYTES } from './restRequests';
import { findRestRoute, type RouterRestRoute, restPathOf, restRoutesOf } from './restRoutes';
import { retryAfterHeader } from './retryAfterHeader';

export type HostErrorHandler = (info: { error: { code: string; cause?: unknown }; path?: string }) => void;

export interface RestPipelineOptions {
  router: AnyTRPCRouter;
  createContext: ReturnType<typeof createContextFactory>;
  onError: HostErrorHandler;
  cacheVersion?: CacheVersion;
}

export interface RestPipeline {
  routes: readonly RouterRestRoute[];
  /** Answers a request under /api: `pathname` still carries the /api prefix. */
  handle(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): Promise<void>;
}

/**
 * The procedures as REST under /api, in order: a conditional GET (ETag, 304), the input read
 * and refused before any procedure runs, the GET fast path, then trpc-to-openapi's handler.
 */
export function createRestPipeline({
  router,
  createContext,
  onError,
  cacheVersion,
}: RestPipelineOptions): RestPipeline {
  const routes = restRoutesOf(router);
  enforceRestInputRules(routes);
  const restHandler = createOpenApiNodeHttpHandler({
    router,
    createContext: async (opts: { req: http.IncomingMessage }) => ({ ...(await createContext(opts)), rest: true }),
    onError,
    responseMeta: retryAfterHeader,
    maxBodySize: REST_BODY_LIMIT_BYTES,
  });
  const restGet = createRestGetHandler(routes, {
    createContext,
    onError,
    responseMeta: retryAfterHeader,
    config: router._def._config,
  });
  const conditionalGet = cacheVersion ? createConditionalGet(router, cacheVersion) : null;

  async function handle(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): Promise<void> {
    if (conditionalGet && (await conditionalGet(req, res, pathname.slice('/api'.length)))) return;
    req.url = (req.url ?? '').slice('/api'.length);
    const url = new URL(req.url, 'http://host.invalid');
    const path = restPathOf(req.url);
    const route = findRestRoute(routes, req.method ?? 'GET', path);
    const refusal = await readRestInput(req, route, url);
    if (refusal) return sendJson(res, refusal.status, refusal.body, refusal.headers);
    if (route && req.method === 'GET' && (await restGet(req, res, route, path))) return;
    await restHandler(req, reshapeRestErrors(res));
  }

  return { routes, handle };
}
