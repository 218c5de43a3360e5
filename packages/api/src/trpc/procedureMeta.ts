import type { OpenApiMeta } from 'trpc-to-openapi';

/** Every error status an operation may answer and document; a 500 is never one of them. */
export const ERROR_STATUSES = [400, 401, 403, 404, 409, 413, 415, 429, 503] as const;
export type ErrorStatus = (typeof ERROR_STATUSES)[number];

/** Statuses with what they mean for this operation, e.g. `{ 404: 'No perfume has this id' }`. */
export type ErrorDescriptions = Partial<Record<ErrorStatus, string>>;

/** Who may call a procedure: set by the procedure builders (`publicProcedure` …), never by hand. */
export type ProcedureAccess = 'public' | 'member' | 'admin' | 'service';

/**
 * What the API documents derive an operation's statuses and security from. The builders set
 * `access`, `guardErrors` and `selfContained`; a procedure declares its own `errors`.
 */
export interface ProcedureDocs {
  access?: ProcedureAccess;
  /** Statuses a builder's own middleware adds beyond its access (e.g. a locked account: 403). */
  guardErrors?: ErrorDescriptions;
  /** True when no database or peer service is behind the procedure: it cannot answer 503. */
  selfContained?: boolean;
  /**
   * The statuses this procedure's own code paths answer (not found, conflicts, rate limits …);
   * input (400), access (401/403), body (413/415) and database (503) statuses are derived.
   */
  errors?: ErrorDescriptions;
  /**
   * A public GET whose answer changes only with the service's cache version (the catalog's, the
   * map's): over REST it carries `ETag` and `Cache-Control`, and `If-None-Match` with the current
   * ETag answers 304 without running the procedure (see host/conditionalGet.ts).
   */
  cache?: CachePolicy;
}

/** How long a cached answer is fresh, and how long after that it may still be shown while it is fetched again. */
export interface CachePolicy {
  maxAgeSeconds: number;
  staleWhileRevalidateSeconds: number;
}

export type ServiceMeta = OpenApiMeta<ProcedureDocs>;
