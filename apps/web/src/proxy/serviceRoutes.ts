import 'server-only';
import type { ErrorBody } from '@scentence/api/schemas';
import { webEnv } from '../env';
import { forwardRequest } from './forwardRequest';
import { guestVouch } from './guestVouch';
import { memberAuthorization } from './memberAuthorization';
import { routeHandlers } from './routeHandlers';
import type { RouteKind } from './routeMethods';
import { encodeServicePath } from './servicePath';

export type ServiceName = 'backend' | 'scentmap' | 'layering';

const URL_VARIABLE: Record<ServiceName, 'BACKEND_URL' | 'SCENTMAP_URL' | 'LAYERING_URL'> = {
  backend: 'BACKEND_URL',
  scentmap: 'SCENTMAP_URL',
  layering: 'LAYERING_URL',
};

function serviceOrigin(service: ServiceName): string {
  return webEnv()[URL_VARIABLE[service]].replace(/\/+$/, '');
}

interface CatchAllContext {
  params: Promise<Record<string, string[] | undefined>>;
}

type CatchAllHandler = (request: Request, context: CatchAllContext) => Promise<Response>;
type FixedHandler = (request: Request) => Promise<Response>;

function notFound(): Response {
  const body: ErrorBody = { code: 'NOT_FOUND', message: 'Not found', issues: [] };
  return Response.json(body, { status: 404 });
}

export interface CatchAllProxyOptions {
  service: ServiceName;
  /** Where the route's path lands on the service: "/api", "/trpc", "/docs". */
  servicePrefix: string;
  /** The catch-all segment's name in the route folder, e.g. "path" for [...path]. */
  param: string;
  headers?: Record<string, string>;
  /** A signed-out browser's calls go with the web server's token and the browser's address (layering's limits). */
  vouchForGuests?: boolean;
  /** The methods it passes on: every one a service serves (the default), or only reads. */
  serves?: Extract<RouteKind, 'service' | 'read'>;
}

/** Handlers for every method of a catch-all route that mirrors a prefix of one service. */
export function catchAllProxy(options: CatchAllProxyOptions) {
  const handle: CatchAllHandler = async (request, context) => {
    const path = encodeServicePath((await context.params)[options.param]);
    if (path === null) return notFound();
    const target = `${serviceOrigin(options.service)}${options.servicePrefix}${path ? `/${path}` : ''}`;
    const member = await memberAuthorization();
    const guest = options.vouchForGuests && !member.authorization ? await guestVouch(request) : {};
    const headers = { ...options.headers, ...member, ...guest };
    return forwardRequest(request, target, { service: options.service, headers });
  };
  return routeHandlers(options.serves ?? 'service', handle);
}

/** Handlers for one fixed path of a service that is only read, e.g. its /health. */
export function fixedProxy(service: ServiceName, path: string) {
  const handle: FixedHandler = (request) => forwardRequest(request, `${serviceOrigin(service)}${path}`, { service });
  return routeHandlers('read', handle);
}
