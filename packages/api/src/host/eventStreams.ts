import type http from 'node:http';
import type { AnyTRPCRouter } from '@trpc/server';
import { getTRPCErrorFromUnknown } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import type { z } from 'zod';
import { toErrorBody } from '../trpc/errorFormat';
import type { ServiceContext } from '../trpc/init';
import { createCallerFactory } from '../trpc/init';
import type { ProcedureDocs } from '../trpc/procedureMeta';
import { retryAfterOf } from '../trpc/retryAfter';
import { allowHeader, methodNotAllowedBody } from './httpErrors';
import { readRestInput } from './restInput';
import type { RestRoute } from './restRoutes';

/**
 * A REST operation that answers with `text/event-stream` (trpc-to-openapi cannot stream: a
 * generator procedure with OpenAPI meta silently answers `200 {}`). It runs a tRPC mutation whose
 * result is an async iterable of events, through a server-side caller, so the procedure's input
 * checks, middleware and errors are the ones tRPC clients get; each event is sent as
 * `event: <type>` with its JSON as `data`.
 */
export interface EventStreamOperation {
  /** Under /api, e.g. `/chat/messages/stream`; always POST with a JSON body. */
  path: string;
  /** The mutation's dotted path, e.g. `chat.stream`. */
  procedure: string;
  /** The mutation's input object: the body's fields. */
  input: z.ZodObject;
  /** One event (its `type` names the event). */
  event: z.ZodType;
  docs: ProcedureDocs & { summary: string; description: string; tags: string[] };
}

type StreamCall = (input: unknown) => Promise<AsyncIterable<unknown>>;

function procedureOf(caller: object, path: string): StreamCall {
  let node: unknown = caller;
  for (const key of path.split('.')) node = (node as Record<string, unknown>)[key];
  if (typeof node !== 'function') throw new Error(`no procedure ${path}`);
  return node as StreamCall;
}

function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

function writeEvent(res: http.ServerResponse, event: unknown): void {
  const name = (event as { type?: unknown }).type;
  res.write(`${typeof name === 'string' ? `event: ${name}\n` : ''}data: ${JSON.stringify(event)}\n\n`);
}

/**
 * Serves the event-stream operations: `(req, res)` resolves true when it answered. A refusal
 * before the first event (bad input, no token, not found, a rate limit with `Retry-After`) is a
 * plain JSON error answer with its status; a failure after the stream began is an `error` event.
 */
export function createEventStreamHandler(
  router: AnyTRPCRouter,
  createContext: (options: { req: http.IncomingMessage }) => Promise<ServiceContext>,
  operations: readonly EventStreamOperation[],
) {
  const createCaller = createCallerFactory(router);
  return async (req: http.IncomingMessage, res: http.ServerResponse): Promise<boolean> => {
    const pathname = (req.url ?? '/').split('?')[0];
    const operation = operations.find((candidate) => `/api${candidate.path}` === pathname);
    if (!operation) return false;
    if (req.method === 'HEAD' || req.method !== 'POST') {
      sendJson(res, 405, methodNotAllowedBody(req.method ?? 'GET', ['POST']), {
        allow: allowHeader(['POST', 'OPTIONS']),
      });
      return true;
    }
    const route: RestRoute = {
      method: 'POST',
      path: operation.path,
      pattern: /^$/,
      pathParameters: [],
      fields: operation.input.shape,
    };
    const refusal = await readRestInput(req, route);
    if (refusal) {
      sendJson(res, refusal.status, refusal.body, refusal.headers);
      return true;
    }
    const context: ServiceContext = { ...(await createContext({ req })), rest: true };
    let events: AsyncIterable<unknown>;
    try {
      events = await procedureOf(createCaller(context), operation.procedure)((req as { body?: unknown }).body);
    } catch (error) {
      const trpcError = getTRPCErrorFromUnknown(error);
      const wait = retryAfterOf(trpcError);
      sendJson(
        res,
        getHTTPStatusCodeFromError(trpcError),
        toErrorBody(trpcError),
        wait === null ? {} : { 'retry-after': String(wait) },
      );
      return true;
    }
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      // Proxies that buffer (nginx) pass each event on as it comes.
      'x-accel-buffering': 'no',
    });
    res.flushHeaders();
    const iterator = events[Symbol.asyncIterator]();
    const stop = () => void iterator.return?.();
    res.once('close', stop);
    try {
      for (let next = await iterator.next(); !next.done && !res.destroyed; next = await iterator.next()) {
        writeEvent(res, next.value);
      }
    } catch (error) {
      writeEvent(res, { type: 'error', error: toErrorBody(getTRPCErrorFromUnknown(error)) });
    } finally {
      res.off('close', stop);
      res.end();
    }
    return true;
  };
}
