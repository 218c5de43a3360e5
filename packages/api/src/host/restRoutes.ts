import type { AnyTRPCProcedure, AnyTRPCRouter } from '@trpc/server';
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

/** A REST operation of the router: the route, and the procedure it runs with its path (`perfume.search`). */
export interface RouterRestRoute extends RestRoute {
  procedure: AnyTRPCProcedure;
  procedurePath: string;
}

/** Every REST operation of a router, in the order trpc-to-openapi tries them. */
export function restRoutesOf(router: AnyTRPCRouter): RouterRestRoute[] {
  const routes: RouterRestRoute[] = [];
  forEachOpenApiProcedure(
    router._def.procedures as OpenApiProcedureRecord,
    ({ path: procedurePath, procedure, meta: { openapi } }) => {
      const path = normalizePath(openapi.path);
      // Unwrapped as trpc-to-openapi unwraps it before reading the request into it.
      const input = unwrapZodType(getInputOutputParsers(procedure).inputParser, true);
      routes.push({
        method: openapi.method,
        path,
        pattern: getPathRegExp(path),
        pathParameters: getPathParameters(path),
        fields: instanceofZodTypeObject(input) ? input.shape : null,
        procedure: procedure as unknown as AnyTRPCProcedure,
        procedurePath,
      });
    },
  );
  return routes;
}

/** A request path under /api as trpc-to-openapi reads it (`//x` included). */
export function restPathOf(url: string): string {
  return normalizePath(new URL(`http://host.invalid${url}`).pathname);
}

/** The route trpc-to-openapi would run for this method and path (the first that matches). */
export function findRestRoute<R extends RestRoute>(routes: readonly R[], method: string, path: string): R | undefined {
  return routes.find((route) => route.method === method && route.pattern.test(path));
}
