import type { z } from 'zod';

const parameterSchemas = new WeakSet<z.ZodType>();

/**
 * Marks a schema that reads the text of a REST query or path parameter (`integerParam`, the
 * comma lists). Bodies are JSON and carry numbers and arrays as such, so the service host refuses
 * to start when one of these reads a body field.
 */
export function parameterSchema<T extends z.ZodType>(schema: T): T {
  parameterSchemas.add(schema);
  return schema;
}

export function readsParameterText(schema: unknown): boolean {
  return typeof schema === 'object' && schema !== null && parameterSchemas.has(schema as z.ZodType);
}
