import type { AnyTRPCRouter } from '@trpc/server';
import {
  forEachOpenApiProcedure,
  getInputOutputParsers,
  getPathParameters,
  getPathRegExp,
  instanceofZodTypeObject,
  normalizePath,
  type OpenApiMethod,
  type OpenApiProcedureRecord,
  unwrapZodType,
} from 'trpc-to-openapi';
import type { z } from 'zod';

/** One REST operation as trpc-to-openapi serves it. */
export interface RestRoute {
  method: OpenApiMethod;
  /** As documented, e.g. `/perfumes/{id}`. */
  path: string;
  pattern: RegExp;
  pathParameters: string[];
  /** The fields of its input object, or null when the input is not an object. */
  fields: Readonly<Record<string, z.core.$ZodType>> | null;
}

/** Every REST operation of a router, in the order trpc-to-openapi tries them. */
export function restRoutesOf(router: AnyTRPCRouter): RestRoute[] {
  const routes: RestRoute[] = [];
  forEachOpenApiProcedure(router._def.procedures as OpenApiProcedureRecord, ({ procedure, meta: { openapi } }) => {
    const path = normalizePath(openapi.path);
    // Unwrapped as trpc-to-openapi unwraps it before reading the request into it.
    const input = unwrapZodType(getInputOutputParsers(procedure).inputParser, true);
    routes.push({
      method: openapi.method,
      path,
      pattern: getPathRegExp(path),
      pathParameters: getPathParameters(path),
      fields: instanceofZodTypeObject(input) ? input.shape : null,
    });
  });
  return routes;
}

/** A request path under /api as trpc-to-openapi reads it (`//x` included). */
export function restPathOf(url: string): string {
  return normalizePath(new URL(`http://host.invalid${url}`).pathname);
}

/** The route trpc-to-openapi would run for this method and path (the first that matches). */
export function findRestRoute(routes: readonly RestRoute[], method: string, path: string): RestRoute | undefined {
  return routes.find((route) => route.method === method && route.pattern.test(path));
}
