import type http from 'node:http';
import type { AnyTRPCProcedure } from '@trpc/server';
import {
  getErrorShape,
  getHTTPStatusCodeFromError,
  getTRPCErrorFromUnknown,
} from '@trpc/server/unstable-core-do-not-import';
import {
  coerceSchema,
  getInputOutputParsers,
  instanceofZodTypeKind,
  instanceofZodTypeLikeVoid,
  instanceofZodTypeObject,
  unwrapZodType,
  zodSupportsCoerce,
} from 'trpc-to-openapi';
import type { ServiceContext } from '../trpc/init';
import { restErrorBody } from './restErrors';
import type { RouterRestRoute } from './restRoutes';

type CreateContext = (opts: { req: http.IncomingMessage }) => Promise<ServiceContext>;
type OnError = (opts: { error: { code: string; cause?: unknown }; path?: string }) => void;
type ResponseMeta = (opts: { errors: readonly { cause?: unknown }[] }) => { headers?: Record<string, string> };

interface GetOperation {
  procedure: AnyTRPCProcedure;
  procedurePath: string;
  /** No input to read (a `z.void()` input). */
  takesNothing: boolean;
  /** Fields that are arrays: one value is still given as a list of one. */
  listFields: ReadonlySet<string>;
}

export interface RestGetOptions {
  createContext: CreateContext;
  onError: OnError;
  responseMeta: ResponseMeta;
  /** The router's tRPC config, whose error formatter shapes error bodies. */
  config: Parameters<typeof getErrorShape>[0]['config'];
}

type ZodField = Parameters<typeof instanceofZodTypeKind>[0];

/** As trpc-to-openapi tells them: an array, or an optional array. */
const isListField = (field: ZodField) =>
  instanceofZodTypeKind(field, 'array') ||
  (instanceofZodTypeKind(field, 'optional') &&
    instanceofZodTypeKind((field as unknown as { unwrap(): ZodField }).unwrap(), 'array'));

/** What the GET of a route needs, worked out once per route rather than per request. */
function operationOf(route: RouterRestRoute): GetOperation {
  const { inputParser } = getInputOutputParsers(route.procedure as never);
  const input = unwrapZodType(inputParser, true);
  const listFields = new Set<string>();
  if (zodSupportsCoerce && instanceofZodTypeObject(input)) {
    for (const [name, field] of Object.entries(input.shape)) if (isListField(field as ZodField)) listFields.add(name);
    // trpc-to-openapi marks the input's numbers and booleans as coerced (query text is all strings).
    coerceSchema(input);
  }
  return {
    procedure: route.procedure,
    procedurePath: route.procedurePath,
    takesNothing: instanceofZodTypeLikeVoid(input),
    listFields,
  };
}

/** The query as trpc-to-openapi reads it (one value as itself, several as a list) and the path's parameters. */
function inputOf(operation: GetOperation, req: http.IncomingMessage, route: RouterRestRoute, path: string) {
  if (operation.takesNothing) return undefined;
  const input: Record<string, unknown> = {};
  const query = (req as { query?: Record<string, string[]> }).query ?? {};
  for (const name of Object.keys(query)) {
    const values = query[name]!;
    input[name] = values.length === 1 && !operation.listFields.has(name) ? values[0] : values;
  }
  return { ...input, ...route.pattern.exec(path)?.groups };
}

function send(
  res: http.ServerResponse,
  status: number,
  headers: Record<string, string> | undefined,
  json: string | undefined,
) {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json');
  for (const [name, value] of Object.entries(headers ?? {})) res.setHeader(name, value);
  res.end(json);
}

/**
 * REST GETs without trpc-to-openapi's per-request work: the route and what its input needs are
 * known from the start, the URL is parsed once (by `readRestInput`), the procedure is called
 * directly (no caller proxy, no abort signal per request: no GET procedure reads one). The
 * answers are trpc-to-openapi's: the same input (query values, lists, coercion, path
 * parameters), status codes, headers and error bodies; other methods still go through it.
 */
export function createRestGetHandler(routes: readonly RouterRestRoute[], options: RestGetOptions) {
  const operations = new Map<RouterRestRoute, GetOperation>();
  for (const route of routes) {
    if (route.method === 'GET' && route.procedure._def.type === 'query') operations.set(route, operationOf(route));
  }

  /** Answers the GET of `route` (true), or leaves it to trpc-to-openapi (false). */
  return async (req: http.IncomingMessage, res: http.ServerResponse, route: RouterRestRoute, path: string) => {
    const operation = operations.get(route);
    if (!operation) return false;
    let ctx: ServiceContext | undefined;
    try {
      const input = inputOf(operation, req, route, path);
      ctx = { ...(await options.createContext({ req })), rest: true };
      const data = await operation.procedure({
        path: operation.procedurePath,
        getRawInput: async () => input,
        ctx,
        type: 'query',
        signal: undefined,
        batchIndex: 0,
      });
      send(res, 200, options.responseMeta({ errors: [] }).headers, JSON.stringify(data));
    } catch (cause) {
      const error = getTRPCErrorFromUnknown(cause);
      options.onError({ error, path: operation.procedurePath });
      const shape = getErrorShape({
        config: options.config,
        error,
        type: 'query',
        path: operation.procedurePath,
        input: undefined,
        ctx,
      });
      const meta = options.responseMeta({ errors: [error] });
      send(res, getHTTPStatusCodeFromError(error), meta.headers, JSON.stringify(restErrorBody(shape as never)));
    }
    return true;
  };
}
