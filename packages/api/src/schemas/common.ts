import { z } from 'zod';

/** One field that failed validation: `path` is dotted (`filters.limit`), empty for the whole input. */
export const issueSchema = z.object({
  path: z.string(),
  message: z.string(),
});
export type Issue = z.infer<typeof issueSchema>;

/** The error body every service returns over REST, and the `data` of every tRPC error. */
export const errorBodySchema = z.object({
  code: z.string(),
  message: z.string(),
  issues: z.array(issueSchema),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

export const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  service: z.string(),
  db: z.enum(['ok', 'down']),
});
export type Health = z.infer<typeof healthSchema>;

export const localeSchema = z.enum(['ko', 'en']);
export type Locale = z.infer<typeof localeSchema>;

/** Page size for every list endpoint. */
export const limitSchema = z.coerce.number().int().min(1).max(50).default(20);

/** Opaque position in a result list; the server returns the next one or null at the end. */
export const cursorSchema = z.coerce.number().int().min(0).default(0);

/** A comma-separated list in a query string (`accords=woody,citrus`), or an array over tRPC. */
export function commaList<T extends z.ZodType<string, string>>(item: T) {
  return z
    .union([z.string(), z.array(z.string())])
    .transform((value) =>
      (Array.isArray(value) ? value : value.split(',')).map((part) => part.trim()).filter((part) => part.length > 0),
    )
    .pipe(z.array(item).max(20));
}
