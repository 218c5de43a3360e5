import type http from 'node:http';

/** The largest REST request body; a larger one answers 413 (and the documents say so). */
export const REST_BODY_LIMIT_BYTES = 100_000;

/**
 * The largest tRPC request body (a batch of calls, a wardrobe import of 90,000 characters in
 * Korean among them); a larger one answers 413 before anything is parsed.
 */
export const TRPC_BODY_LIMIT_BYTES = 1_000_000;

const JSON_MEDIA_TYPE = 'application/json';

/**
 * Why a request's body is not JSON by its `Content-Type` (`application/json`, with any
 * parameters such as `charset=utf-8`), or null when it is.
 */
export function notJsonReason(req: http.IncomingMessage): string | null {
  const contentType = req.headers['content-type'];
  if (!contentType) return `The request has no Content-Type; send ${JSON_MEDIA_TYPE}`;
  const mediaType = contentType.split(';')[0]?.trim().toLowerCase();
  return mediaType === JSON_MEDIA_TYPE
    ? null
    : `Content-Type "${contentType}" is not supported; send ${JSON_MEDIA_TYPE}`;
}
