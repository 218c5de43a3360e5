import { z } from 'zod';
import { loadConfigOrExit } from '../config';

/** The variable a service listens on, with its own default port. */
export const portVariable = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);

/** A service's `loadEnv`: its schema over `process.env` (or a given source); a bad variable stops the process. */
export function envLoader<T extends z.ZodType>(schema: T) {
  return (source: Record<string, string | undefined> = process.env): z.output<T> => loadConfigOrExit(schema, source);
}
