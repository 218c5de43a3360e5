import 'server-only';
import http from 'node:http';
import type { Duplex } from 'node:stream';
import { allowHeader, answerClientError, methodNotAllowedBody, writeRawError } from '@scentence/api/host/httpErrors';
import { allowedMethodsAt, ROUTE_HANDLER_METHODS } from '../proxy/routeMethods';

const ROUTABLE_METHODS = new Set<string>(ROUTE_HANDLER_METHODS);

function pathOf(url: string | undefined): string {
  return (url ?? '/').split('?')[0] ?? '/';
}

/**
 * 405 with `Allow` and the error body for a method Next.js cannot route (QUERY, TRACE, PROPFIND…):
 * it answers those with an empty 400, or a bare-text 500 for the ones a fetch `Request` refuses.
 * True when it answered.
 */
export function refuseUnroutableMethod(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  const method = req.method ?? 'GET';
  if (ROUTABLE_METHODS.has(method)) return false;
  const allowed = allowedMethodsAt(pathOf(req.url));
  res.writeHead(405, {
    allow: allowHeader(allowed),
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  res.end(JSON.stringify(methodNotAllowedBody(method, allowed)));
  return true;
}

/** CONNECT never becomes a request: without a listener node:http drops the connection unanswered. */
export function refuseConnect(req: http.IncomingMessage, socket: Duplex): void {
  const allowed = allowedMethodsAt(pathOf(req.url));
  writeRawError(socket, 405, methodNotAllowedBody('CONNECT', allowed), { allow: allowHeader(allowed) });
}

const INSTALLED = Symbol.for('scentence.web.requestGuards');
type GuardedPrototype = http.Server & { [INSTALLED]?: true };

/**
 * Puts the guards in front of the web server. Next.js creates and owns that server (in `next dev`
 * and in the standalone server.js alike) and has no hook before its request handler, so they sit
 * in `emit` of every node:http server of the process; Next's is the only one. Requests that
 * arrive before instrumentation runs, in the first moment after start, pass unguarded.
 */
export function installRequestGuards(): void {
  const prototype: GuardedPrototype = http.Server.prototype;
  if (prototype[INSTALLED]) return;
  prototype[INSTALLED] = true;
  const emit = prototype.emit;
  prototype.emit = function guardedEmit(this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    // node:http only emits `connect` to a listener, so one joins before the first request is read.
    if (event === 'connection' && this.listenerCount('connect') === 0) this.on('connect', refuseConnect);
    if (event === 'request' && refuseUnroutableMethod(args[0] as http.IncomingMessage, args[1] as http.ServerResponse))
      return true;
    if (event === 'clientError') {
      answerClientError(args[0] as Error, args[1] as Duplex);
      return true;
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof prototype.emit;
}
