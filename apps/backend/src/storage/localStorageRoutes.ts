import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import type http from 'node:http';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ErrorBody } from '@scentence/api/schemas';
import type { LocalStorage } from './localStorage';
import { verifyUploadToken } from './uploadTokens';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const INCOMING_PATH = new RegExp(`^/uploads/incoming/(${UUID})$`);
const IMAGE_PATH = new RegExp(`^/uploads/(profile_images/${UUID}\\.webp)$`);

class TooLargeError extends Error {}

function sendError(res: http.ServerResponse, status: number, code: string, message: string): void {
  const body: ErrorBody = { code, message, issues: [] };
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/** Passes bytes through until there are more than `maxBytes`, then fails the pipeline. */
function byteLimit(maxBytes: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      seen += chunk.length;
      callback(seen > maxBytes ? new TooLargeError() : null, chunk);
    },
  });
}

async function receiveUpload(
  storage: LocalStorage,
  authSecret: string,
  uploadId: string,
  url: URL,
  req: http.IncomingMessage,
  res: http.ServerResponse,
): Promise<void> {
  const grant = await verifyUploadToken(authSecret, url.searchParams.get('token') ?? '');
  if (!grant) return sendError(res, 401, 'UNAUTHORIZED', 'The upload link is invalid or has expired');
  if (!grant.key.endsWith(`/${uploadId}`))
    return sendError(res, 403, 'FORBIDDEN', 'The upload link is for another file');
  if (req.headers['content-type'] !== grant.contentType) {
    return sendError(res, 400, 'BAD_REQUEST', `Content-Type must be ${grant.contentType}`);
  }
  const declared = Number(req.headers['content-length'] ?? Number.NaN);
  if (declared > grant.maxBytes) {
    res.setHeader('connection', 'close');
    return sendError(res, 413, 'PAYLOAD_TOO_LARGE', `The file may be at most ${grant.maxBytes} bytes`);
  }

  const target = storage.pathOf(grant.key);
  const partial = `${target}.${randomUUID()}.part`;
  await mkdir(path.dirname(target), { recursive: true });
  try {
    await pipeline(req, byteLimit(grant.maxBytes), createWriteStream(partial));
    await rename(partial, target);
  } catch (error) {
    await rm(partial, { force: true });
    if (!(error instanceof TooLargeError)) throw error;
    // The rest of the body is never read: close the connection instead of draining it.
    res.setHeader('connection', 'close');
    return sendError(res, 413, 'PAYLOAD_TOO_LARGE', `The file may be at most ${grant.maxBytes} bytes`);
  }
  res.writeHead(204, { 'cache-control': 'no-store' });
  res.end();
}

async function serveImage(
  storage: LocalStorage,
  key: string,
  req: http.IncomingMessage,
  res: http.ServerResponse,
): Promise<void> {
  const file = storage.pathOf(key);
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return sendError(res, 404, 'NOT_FOUND', 'Not found');
  res.writeHead(200, {
    'content-type': 'image/webp',
    'content-length': info.size,
    // Every new image gets a new key, so a stored one never changes.
    'cache-control': 'public, max-age=31536000, immutable',
    'x-content-type-options': 'nosniff',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  await pipeline(createReadStream(file), res);
}

/**
 * The local driver's HTTP side: `PUT /uploads/incoming/<uuid>?token=…` receives an upload (the
 * size limit enforced while streaming), `GET /uploads/profile_images/<uuid>.webp` serves an image.
 * Answers true when the request was one of these.
 */
export function createLocalStorageRoutes(storage: LocalStorage, authSecret: string) {
  return async (req: http.IncomingMessage, res: http.ServerResponse): Promise<boolean> => {
    const url = new URL(req.url ?? '/', 'http://backend.invalid');
    const uploadId = INCOMING_PATH.exec(url.pathname)?.[1];
    if (uploadId) {
      if (req.method !== 'PUT') {
        res.setHeader('allow', 'PUT, OPTIONS');
        sendError(res, 405, 'METHOD_NOT_SUPPORTED', 'Use PUT');
      } else await receiveUpload(storage, authSecret, uploadId, url, req, res);
      return true;
    }
    const imageKey = IMAGE_PATH.exec(url.pathname)?.[1];
    if (imageKey) {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.setHeader('allow', 'GET, HEAD, OPTIONS');
        sendError(res, 405, 'METHOD_NOT_SUPPORTED', 'Use GET');
      } else await serveImage(storage, imageKey, req, res);
      return true;
    }
    return false;
  };
}
