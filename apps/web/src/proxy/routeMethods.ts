import 'server-only';
/** The methods Next.js hands to a route handler; a request with any other never reaches one. */
export const ROUTE_HANDLER_METHODS = ['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'DELETE', 'PATCH'] as const;
export type RouteHandlerMethod = (typeof ROUTE_HANDLER_METHODS)[number];

/** What each kind of route serves; OPTIONS, answered with `Allow`, comes on top of every one. */
export const ROUTE_METHODS = {
  /** The catch-all proxies of a service: the service answers for a method its path does not serve. */
  service: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
  /** One service path that is only read: a health check, the API docs. */
  read: ['GET', 'HEAD'],
  uploads: ['GET', 'HEAD', 'PUT'],
  auth: ['GET', 'POST'],
  /** The chat's own routes (the guest cookie is read and set there): messages and threads are sent as POST. */
  chat: ['POST'],
  /** Pages, with the POST of their server actions. */
  page: ['GET', 'HEAD', 'POST'],
} as const satisfies Record<string, readonly RouteHandlerMethod[]>;
export type RouteKind = keyof typeof ROUTE_METHODS;

/** Which kind of route each path prefix reaches (the folders under src/app); anything else is a page. */
const ROUTE_KINDS: readonly (readonly [RegExp, RouteKind])[] = [
  [/^\/api\/auth\//, 'auth'],
  [/^\/api\/chat\//, 'chat'],
  [/^\/api\/(trpc\/)?(backend|scentmap|layering)\//, 'service'],
  [/^\/api\/(backend-openapi|scentmap-health|layering-health)(\/|$)/, 'read'],
  [/^\/uploads\//, 'uploads'],
];

/** The methods a kind of route serves, OPTIONS included: the value of its `Allow` header. */
export function allowedMethods(kind: RouteKind): RouteHandlerMethod[] {
  return [...ROUTE_METHODS[kind], 'OPTIONS'];
}

/** The methods served at a path, for requests that never reach a route handler. */
export function allowedMethodsAt(pathname: string): RouteHandlerMethod[] {
  return allowedMethods(ROUTE_KINDS.find(([prefix]) => prefix.test(pathname))?.[1] ?? 'page');
}
