import 'server-only';
import { allowHeader, methodNotAllowedBody } from '@scentence/api/host/httpErrors';
import { allowedMethods, ROUTE_HANDLER_METHODS, type RouteHandlerMethod, type RouteKind } from './routeMethods';

type Handler<R extends Request, C> = (request: R, context: C) => Promise<Response>;

/** 405 with `Allow` and the error body, for a method the path does not serve. */
export function methodNotAllowed(method: string, allowed: readonly string[]): Response {
  return Response.json(methodNotAllowedBody(method, allowed), {
    status: 405,
    headers: { allow: allowHeader(allowed), 'cache-control': 'no-store' },
  });
}

/**
 * A handler for every method Next.js routes, for one kind of route: the methods it serves go to
 * `handle`, OPTIONS answers 204 and every other 405, both with `Allow` (Next's own 405 has neither
 * the header nor a body).
 */
export function routeHandlers<R extends Request, C>(
  kind: RouteKind,
  handle: Handler<R, C>,
): Record<RouteHandlerMethod, Handler<R, C>> {
  const allowed = allowedMethods(kind);
  const served = new Set<string>(allowed);
  const options: Handler<R, C> = async () =>
    new Response(null, { status: 204, headers: { allow: allowHeader(allowed) } });
  const refuse: Handler<R, C> = async (request) => methodNotAllowed(request.method, allowed);
  const entries = ROUTE_HANDLER_METHODS.map((method) => {
    if (method === 'OPTIONS') return [method, options] as const;
    return [method, served.has(method) ? handle : refuse] as const;
  });
  return Object.fromEntries(entries) as Record<RouteHandlerMethod, Handler<R, C>>;
}
