import { createHash } from 'node:crypto';
import type http from 'node:http';
import type { AnyTRPCRouter } from '@trpc/server';
import { forEachOpenApiProcedure, getPathRegExp, normalizePath, type OpenApiProcedureRecord } from 'trpc-to-openapi';
import type { CachePolicy, ProcedureDocs } from '../trpc/procedureMeta';

/**
 * The version every cacheable answer of a service depends on (the catalog's, the map's), read
 * without a query where it can be: an ETag is this version and the request's URL. Null: nothing
 * to cache against yet (the answers then go out without validators).
 */
export type CacheVersion = () => string | null | Promise<string | null>;

interface CachedRoute {
  pattern: RegExp;
  policy: CachePolicy;
}

export function cacheControlOf(policy: CachePolicy): string {
  return `public, max-age=${policy.maxAgeSeconds}, stale-while-revalidate=${policy.staleWhileRevalidateSeconds}`;
}

/** `If-None-Match` names this ETag (strong or weak), or is `*`. */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((candidate) => {
    const tag = candidate.trim();
    return tag === '*' || tag === etag || tag === `W/${etag}`;
  });
}

/** A 200 kept for its ETag: the same tag is the same answer, so it is sent again without running anything. */
interface KeptAnswer {
  contentType: string;
  body: Buffer;
}

/** How many answers are kept, and how many bytes at most (the 38k-perfume map's points are ~2.5 MB). */
const KEPT_ANSWERS = 32;
const KEPT_BYTES = 32 * 1024 * 1024;

/** The most recently used answers by ETag, within the count and byte limits. */
function createAnswerCache() {
  const answers = new Map<string, KeptAnswer>();
  let bytes = 0;
  return {
    get(etag: string): KeptAnswer | undefined {
      const answer = answers.get(etag);
      if (answer) {
        answers.delete(etag);
        answers.set(etag, answer);
      }
      return answer;
    },
    set(etag: string, answer: KeptAnswer): void {
      if (answer.body.length > KEPT_BYTES || answers.has(etag)) return;
      answers.set(etag, answer);
      bytes += answer.body.length;
      for (const [oldest, kept] of answers) {
        if (answers.size <= KEPT_ANSWERS && bytes <= KEPT_BYTES) break;
        answers.delete(oldest);
        bytes -= kept.body.length;
      }
    },
  };
}

/**
 * Adds the validators to a 200 only (an error answer of the same URL must not be cached as it),
 * and hands the 200's body to `keep`: encoded once, and those bytes are the ones sent.
 */
function onSuccess(res: http.ServerResponse, headers: Record<string, string>, keep: (answer: KeptAnswer) => void) {
  const end = res.end.bind(res) as (...args: unknown[]) => http.ServerResponse;
  res.end = ((...args: unknown[]) => {
    if (res.statusCode === 200 && !res.headersSent) {
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
      const [chunk] = args;
      const contentType = res.getHeader('content-type');
      if ((typeof chunk === 'string' || Buffer.isBuffer(chunk)) && typeof contentType === 'string') {
        const body = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        keep({ contentType, body });
        return end(body, ...args.slice(typeof args[1] === 'string' ? 2 : 1));
      }
    }
    return end(...args);
  }) as typeof res.end;
}

/**
 * Conditional GETs for the REST operations whose meta declares `cache`: the answer carries
 * `ETag` (the service's cache version and the URL) and `Cache-Control`; a request whose
 * `If-None-Match` names the current ETag gets 304 before the procedure runs, so it costs no
 * query, and an answer already given for the current ETag is sent again from memory (a `cache`
 * meta promises that the answer depends on the version and the URL alone). Returns a handler
 * that answers (true) or prepares the answer and lets it run (false).
 */
export function createConditionalGet(router: AnyTRPCRouter, version: CacheVersion) {
  const routes: CachedRoute[] = [];
  const answers = createAnswerCache();
  forEachOpenApiProcedure<ProcedureDocs>(router._def.procedures as OpenApiProcedureRecord, ({ meta }) => {
    if (meta.cache && meta.openapi.method === 'GET' && (meta.access ?? 'public') === 'public') {
      routes.push({ pattern: getPathRegExp(normalizePath(meta.openapi.path)), policy: meta.cache });
    }
  });

  return async (req: http.IncomingMessage, res: http.ServerResponse, restPath: string): Promise<boolean> => {
    if (routes.length === 0 || req.method !== 'GET') return false;
    const route = routes.find((candidate) => candidate.pattern.test(normalizePath(restPath)));
    if (!route) return false;
    // Where the version cannot be read (its database is down), the operation runs and answers
    // for itself (a 503), untagged.
    const current = await Promise.resolve()
      .then(version)
      .catch(() => null);
    if (current === null) return false;
    const digest = createHash('sha256')
      .update(req.url ?? '')
      .digest('base64url')
      .slice(0, 16);
    const headers = { etag: `"${current}-${digest}"`, 'cache-control': cacheControlOf(route.policy) };
    if (matches(req.headers['if-none-match'], headers.etag)) {
      res.writeHead(304, headers);
      res.end();
      return true;
    }
    const kept = answers.get(headers.etag);
    if (kept) {
      res.writeHead(200, { ...headers, 'content-type': kept.contentType, 'content-length': kept.body.length });
      res.end(kept.body);
      return true;
    }
    onSuccess(res, headers, (answer) => answers.set(headers.etag, answer));
    return false;
  };
}
