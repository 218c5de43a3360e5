import { z } from 'zod';
import { documentedAs } from './documentedAs';
import { parameterSchema } from './parameterText';

/** A catalog message's key, sent beside its Korean text so that a client shows it in its own language. */
export const messageKeySchema = z
  .string()
  .describe(
    'Key of the message in the message catalog (e.g. `tooManyRequests`); translate from it rather than from `message`',
  );

/** What a message's `{placeholders}` stand for, e.g. `{ seconds: 42 }`. */
export const messageParamsSchema = z
  .record(z.string(), z.union([z.string(), z.number()]))
  .describe('Values of the placeholders of the message named by `messageKey`, e.g. `{ "seconds": 42 }`');
export type MessageParams = z.infer<typeof messageParamsSchema>;

/** One field that failed validation: `path` is dotted (`filters.limit`), empty for the whole input. */
export const issueSchema = z.object({
  path: z.string(),
  message: z.string(),
  messageKey: messageKeySchema.optional(),
  params: messageParamsSchema.optional(),
});
export type Issue = z.infer<typeof issueSchema>;

/** The error body every service returns over REST, and the `data` of every tRPC error. */
export const errorBodySchema = z.object({
  code: z.string(),
  message: z.string(),
  issues: z.array(issueSchema),
  messageKey: messageKeySchema.optional(),
  params: messageParamsSchema.optional(),
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

/** The largest value a PostgreSQL `integer` column holds: ids, counts and offsets all live in one. */
export const INT4_MAX = 2_147_483_647;

const DECIMAL_INTEGER = /^-?\d+$/;
const ID_MIN = 1;

const integerInRange = (min: number, max: number) => z.number().int().min(min).max(max);

/**
 * A whole number in [min, max] read from a REST query or path parameter, which is text, or from a
 * JSON number over tRPC. Text must be decimal digits, since `Number()` reads `0x10` as 16 and
 * `1e3` as 1000; the bounds keep every value inside the column it is compared with, so the
 * database never sees one it would refuse. A default goes on with `.prefault()` (it is an input;
 * `.default()` would drop out of the OpenAPI document). In a JSON body use `integerField`.
 */
export function integerParam(min: number, max: number) {
  return parameterSchema(
    z
      .union([z.number(), z.string().regex(DECIMAL_INTEGER).transform(Number)], {
        error: 'must be a whole number in decimal digits',
      })
      .pipe(integerInRange(min, max))
      // Documented as what it is on the wire, an integer in range, rather than the union that reads it.
      .meta({
        override: ({ jsonSchema }: { jsonSchema: Record<string, unknown> }) => {
          delete jsonSchema.anyOf;
          Object.assign(jsonSchema, { type: 'integer', minimum: min, maximum: max });
        },
      }),
  );
}

/**
 * A whole number in [min, max] in a JSON body: a JSON number only (`"12"` is refused, as the
 * document's `integer` says). The service host keeps trpc-to-openapi from coercing it.
 */
export function integerField(min: number, max: number) {
  return integerInRange(min, max);
}

/** A row id: the `serial` columns hold 1 … INT4_MAX. In a query or path: */
export const idParam = integerParam(ID_MIN, INT4_MAX);
/** … and in a JSON body. */
export const idField = integerField(ID_MIN, INT4_MAX);

/** The most ids a list of ids takes. */
export const ID_LIST_MAX_ITEMS = 100;

/**
 * Ids, comma-separated (`ids=3,1,2`), at most ID_LIST_MAX_ITEMS as sent; a repeated id counts
 * against the limit and is then dropped, so the answer keeps the order of first mention.
 */
const idItems = z.array(integerInRange(ID_MIN, INT4_MAX)).min(1).max(ID_LIST_MAX_ITEMS);
export const idListSchema = parameterSchema(
  documentedAs(
    z
      .string()
      .regex(/^\d+(,\d+)*$/, 'must be comma-separated ids in decimal digits')
      .transform((value) => value.split(',').map(Number))
      .pipe(idItems)
      .transform((ids) => [...new Set(ids)]),
    idItems,
  ),
);

/** Page sizes of every list endpoint: the default and the largest. */
export const PAGE_LIMIT_DEFAULT = 20;
export const PAGE_LIMIT_MAX = 50;

/** Page size for every list endpoint. */
export const limitSchema = integerParam(1, PAGE_LIMIT_MAX).prefault(PAGE_LIMIT_DEFAULT);

/**
 * An offset: how many items of the result list to skip (0 is the first page). Each page answers
 * `nextCursor` (this cursor plus the items it holds) or null at the end; callers may also step back by `limit`.
 */
export const cursorSchema = integerParam(0, INT4_MAX).prefault(0);

/** The most items a list filter takes (`accords=…`, `notes=…`). */
export const LIST_MAX_ITEMS = 20;

/**
 * A comma-separated list in a query string (`accords=woody,citrus`; empty: none), or an array
 * over tRPC; documented as the array of checked items it becomes. Each item is checked as sent
 * (`woody,,citrus` has an empty item); a text item trims itself (`textInput`).
 */
export function commaList<T extends z.ZodType<string, string>>(item: T) {
  const items = z.array(item).max(LIST_MAX_ITEMS);
  return parameterSchema(
    documentedAs(
      z
        .union([z.string(), z.array(z.string())])
        .transform((value) => (Array.isArray(value) ? value : value === '' ? [] : value.split(',')))
        .pipe(items),
      items,
    ),
  );
}
