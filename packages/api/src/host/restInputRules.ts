import {
  acceptsRequestBody,
  instanceofZodTypeCoercible,
  instanceofZodTypeObject,
  unwrapZodType,
  type ZodTypeCoercible,
} from 'trpc-to-openapi';
import type { z } from 'zod';
import { readsParameterText } from '../schemas/parameterText';
import type { RestRoute } from './restRoutes';

/**
 * trpc-to-openapi switches on zod's coercion of every number, boolean, bigint and date field of a
 * REST input, in the shared schema and so for tRPC too: `"334"` would pass for an integer and
 * `"false"` for true. Parameters are text and are read by `integerParam`; bodies are JSON and
 * carry their own types. So the switch is pinned off.
 */
function keepUncoerced(schema: ZodTypeCoercible): void {
  Object.defineProperty(schema._zod.def, 'coerce', { get: () => false, set: () => {}, configurable: true });
}

function checkField(
  route: RestRoute,
  path: string,
  schema: z.core.$ZodType,
  fromText: boolean,
  problems: string[],
): void {
  // Unwrapped as trpc-to-openapi unwraps a field before coercing it (optional, default, array …).
  const inner = unwrapZodType(schema, false);
  const where = `${route.method} ${route.path}: \`${path}\``;
  if (instanceofZodTypeCoercible(inner)) {
    const coerced = (inner._zod.def as { coerce?: boolean }).coerce === true;
    keepUncoerced(inner);
    if (fromText)
      problems.push(`${where} is a query or path parameter (text) read by a ${inner.type}; use integerParam`);
    else if (coerced)
      problems.push(`${where} is a JSON body field read by z.coerce (it would take "12"); use integerField`);
  } else if (instanceofZodTypeObject(inner)) {
    for (const [name, field] of Object.entries(inner.shape))
      checkField(route, `${path}.${name}`, field, fromText, problems);
  } else if (!fromText && readsParameterText(inner)) {
    problems.push(
      `${where} is a JSON body field read by a parameter schema (text); use integerField, idField or z.array`,
    );
  }
}

/**
 * Makes every REST input read numbers as the documents say, and refuses to start a service whose
 * schemas could not: a query or path parameter read by a number schema (text never parses as
 * one), or a body field read by a parameter schema or by `z.coerce` (it would take `"12"` for 12).
 */
export function enforceRestInputRules(routes: readonly RestRoute[]): void {
  const problems: string[] = [];
  for (const route of routes) {
    for (const [name, field] of Object.entries(route.fields ?? {})) {
      const fromText = !acceptsRequestBody(route.method) || route.pathParameters.includes(name);
      checkField(route, name, field, fromText, problems);
    }
  }
  if (problems.length > 0) throw new Error(`REST inputs that cannot keep their documents:\n${problems.join('\n')}`);
}
