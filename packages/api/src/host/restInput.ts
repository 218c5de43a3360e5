import type http from 'node:http';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { acceptsRequestBody } from 'trpc-to-openapi';
import type { ErrorBody } from '../schemas/common';
import { invalidInputBody } from '../trpc/errorFormat';
import { tooDeeplyNested } from '../trpc/inputGuard';
import { notJsonReason, REST_BODY_LIMIT_BYTES } from './restRequests';
import type { RestRoute } from './restRoutes';

/** An answer the host gives instead of running the operation. */
export interface InputRefusal {
  status: number;
  body: ErrorBody;
  headers?: Record<string, string>;
}

type Fields = RestRoute['fields'];

/** The `Content-Encoding`s a body may come in besides `identity`. */
const DECODERS: Record<string, () => zlib.Gunzip | zlib.Inflate> = {
  gzip: zlib.createGunzip,
  'x-gzip': zlib.createGunzip,
  deflate: zlib.createInflate,
};

const TOO_LARGE: InputRefusal = {
  status: 413,
  body: {
    code: 'PAYLOAD_TOO_LARGE',
    message: `The request body may be at most ${REST_BODY_LIMIT_BYTES} bytes`,
    issues: [],
  },
  // The rest of the body is not read: the connection cannot carry another request.
  headers: { connection: 'close' },
};

const unsupportedMedia = (message: string): InputRefusal => ({
  status: 415,
  body: { code: 'UNSUPPORTED_MEDIA_TYPE', message, issues: [] },
});

const parseError = (message: string): InputRefusal => ({
  status: 400,
  body: { code: 'PARSE_ERROR', message, issues: [] },
});

const invalidBody = (path: string, message: string): InputRefusal => ({
  status: 400,
  body: invalidInputBody([{ path, message }]),
});

const takes = (fields: Fields, name: string) => !fields || Object.hasOwn(fields, name);

/** The body's bytes, or null when more than `limit` of them come. */
function readStream(stream: Readable, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (outcome: () => void) => {
      stream.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose);
      outcome();
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) finish(() => resolve(null));
      else chunks.push(chunk);
    };
    const onEnd = () => finish(() => resolve(Buffer.concat(chunks)));
    const onError = (error: Error) => finish(() => reject(error));
    const onClose = () => finish(() => reject(new Error('the request closed before its body ended')));
    stream.on('data', onData).on('end', onEnd).on('error', onError).on('close', onClose);
  });
}

async function readBody(req: http.IncomingMessage): Promise<Buffer | InputRefusal> {
  const declared = Number(req.headers['content-length']);
  if (declared > REST_BODY_LIMIT_BYTES) return TOO_LARGE;
  const encoding = (req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding !== 'identity' && !Object.hasOwn(DECODERS, encoding)) {
    return unsupportedMedia(`Content-Encoding "${encoding}" is not supported; send identity, gzip or deflate`);
  }
  const decoder = encoding === 'identity' ? null : (DECODERS[encoding]?.() ?? null);
  if (decoder) {
    req.pipe(decoder);
    req.once('close', () => {
      if (!req.complete) decoder.destroy(new Error('the request closed before its body ended'));
    });
  }
  try {
    // The limit counts decoded bytes, so a small compressed body cannot unpack into a huge one.
    const bytes = await readStream(decoder ?? req, REST_BODY_LIMIT_BYTES);
    if (bytes) return bytes;
    if (decoder) req.unpipe(decoder);
    decoder?.destroy();
    return TOO_LARGE;
  } catch {
    return parseError(`The request body is not valid ${encoding === 'identity' ? 'data' : encoding}`);
  }
}

/** The body as JSON: an object, nested no deeper than INPUT_MAX_DEPTH, with the operation's fields only. */
async function readJsonBody(req: http.IncomingMessage, fields: Fields): Promise<InputRefusal | null> {
  const bytes = await readBody(req);
  if (!Buffer.isBuffer(bytes)) return bytes;
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return bytes.length === 0
      ? invalidBody('', 'must be a JSON object')
      : parseError('The request body is not valid JSON');
  }
  // Before anything walks or re-serializes it: 5,000 nested arrays overflow JSON.stringify's stack.
  const tooDeep = tooDeeplyNested(body);
  if (tooDeep) return invalidBody(tooDeep.path.join('.'), tooDeep.message);
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return invalidBody('', 'must be a JSON object');
  const known: Record<string, unknown> = Object.create(null);
  for (const [name, value] of Object.entries(body)) if (takes(fields, name)) known[name] = value;
  Object.assign(req, { body: known });
  return null;
}

/**
 * Reads a REST request's input for trpc-to-openapi, which takes `req.query` and `req.body` when
 * they are there: the query parameters and the JSON body's fields that the operation takes (the
 * schema would drop the others anyway), in objects without a prototype, so that a key such as
 * `constructor` finds no inherited function. A body is refused here when it is not JSON (415),
 * too large (413), or not a JSON object nested no deeper than INPUT_MAX_DEPTH (400).
 * Returns null when the operation may run.
 */
export async function readRestInput(
  req: http.IncomingMessage,
  route: RestRoute | undefined,
  url = new URL(req.url ?? '/', 'http://host.invalid'),
): Promise<InputRefusal | null> {
  const fields = route?.fields ?? null;
  const query: Record<string, unknown> = Object.create(null);
  for (const [name, value] of url.searchParams) {
    if (!takes(fields, name)) continue;
    query[name] = [...((query[name] as string[] | undefined) ?? []), value];
  }
  Object.assign(req, { query });
  if (!route || !acceptsRequestBody(route.method)) return null;
  const notJson = notJsonReason(req);
  return notJson ? unsupportedMedia(notJson) : readJsonBody(req, fields);
}
