/**
 * A small service that keeps its OpenAPI contract strictly, with faults that can be switched on
 * one at a time, so the fuzzer can be shown to pass a good service and to catch each fault.
 */
import http from 'node:http';

export type ToyFault =
  /** A query key named like an Object.prototype property crashes the handler. */
  | 'prototype-key-crash'
  /** Ids are read with Number(), so 0x10, 1e1 and " 7" are accepted. */
  | 'lax-ids'
  /** Creating an item answers 201, which the document does not list. */
  | 'undocumented-status'
  /** An item comes back without its documented `name`. */
  | 'wrong-body'
  /** /me answers anyone. */
  | 'open-protected';

export const MEMBER_AUTHORIZATION = 'Bearer toy-member';
const BODY_LIMIT = 10_000;

const errorSchema = {
  type: 'object',
  required: ['code', 'message', 'issues'],
  additionalProperties: false,
  properties: {
    code: { type: 'string' },
    message: { type: 'string' },
    issues: {
      type: 'array',
      items: {
        type: 'object',
        required: ['path', 'message'],
        additionalProperties: false,
        properties: { path: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
};

const error = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});
const json = (schema: unknown) => ({ description: 'OK', content: { 'application/json': { schema } } });
const item = { $ref: '#/components/schemas/Item' };

export const toyDocument = {
  openapi: '3.1.0',
  info: { title: 'Toy', version: '1.0.0' },
  servers: [{ url: '/api' }],
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    schemas: {
      Error: errorSchema,
      Item: {
        type: 'object',
        required: ['id', 'name'],
        additionalProperties: false,
        properties: { id: { type: 'integer', minimum: 1, maximum: 1000 }, name: { type: 'string' } },
      },
    },
  },
  paths: {
    '/items': {
      get: {
        security: [],
        parameters: [
          { in: 'query', name: 'limit', schema: { type: 'integer', minimum: 1, maximum: 50 } },
          {
            in: 'query',
            name: 'tags',
            style: 'form',
            explode: false,
            schema: { type: 'array', maxItems: 3, items: { type: 'string', enum: ['a', 'b', 'c'] } },
          },
        ],
        responses: {
          200: json({ type: 'object', required: ['items'], properties: { items: { type: 'array', items: item } } }),
          400: error('Bad input'),
        },
      },
      post: {
        security: [{ bearer: [] }],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['name'],
                additionalProperties: false,
                properties: {
                  name: { type: 'string', minLength: 1, maxLength: 20 },
                  size: { type: 'integer', minimum: 0, maximum: 10 },
                },
              },
            },
          },
        },
        responses: {
          200: json(item),
          400: error('Bad input'),
          401: error('Sign in'),
          413: error('Too large'),
          415: error('Not JSON'),
        },
      },
    },
    '/items/{id}': {
      get: {
        security: [],
        parameters: [
          { in: 'path', name: 'id', required: true, schema: { type: 'integer', minimum: 1, maximum: 1000 } },
        ],
        responses: { 200: json(item), 400: error('Bad input'), 404: error('No such item') },
      },
    },
    '/me': {
      get: {
        security: [{ bearer: [] }],
        responses: {
          200: json({
            type: 'object',
            required: ['member'],
            additionalProperties: false,
            properties: { member: { type: 'string' } },
          }),
          401: error('Sign in'),
        },
      },
    },
  },
};

const ROUTES: Record<string, string[]> = { '/api/items': ['GET', 'POST'], '/api/me': ['GET'] };

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

function send(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw new HttpError(400, 'Bad percent-encoding');
  }
}

function strictInteger(text: string, min: number, max: number, field: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) throw new HttpError(400, `Bad ${field}`);
  return value;
}

function query(search: string): Map<string, string[]> {
  const entries = new Map<string, string[]>();
  for (const pair of search ? search.split('&') : []) {
    const [key = '', value = ''] = pair.split(/=(.*)/s);
    const name = decode(key);
    entries.set(name, [...(entries.get(name) ?? []), decode(value)]);
  }
  return entries;
}

function single(entries: Map<string, string[]>, name: string): string | undefined {
  const values = entries.get(name);
  if (values && values.length > 1) throw new HttpError(400, `${name} given more than once`);
  return values?.[0];
}

/** Reads the whole body (leaving the iterator early would destroy the connection), then judges its size. */
async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size <= BODY_LIMIT) chunks.push(chunk as Buffer);
  }
  if (size > BODY_LIMIT) throw new HttpError(413, 'Too large');
  return Buffer.concat(chunks).toString('utf8');
}

function newItem(body: unknown): { name: string } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new HttpError(400, 'Expected an object');
  const fields = body as Record<string, unknown>;
  if (Object.keys(fields).some((key) => key !== 'name' && key !== 'size')) throw new HttpError(400, 'Unknown field');
  const name = fields.name;
  if (typeof name !== 'string' || [...name].length < 1 || [...name].length > 20) throw new HttpError(400, 'Bad name');
  if (
    'size' in fields &&
    !(Number.isInteger(fields.size) && (fields.size as number) >= 0 && (fields.size as number) <= 10)
  ) {
    throw new HttpError(400, 'Bad size');
  }
  return { name };
}

export async function startToyService(faults: readonly ToyFault[] = []) {
  const has = (fault: ToyFault) => faults.includes(fault);

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const [path = '/', search = ''] = (req.url ?? '/').split(/\?(.*)/s);
    const method = req.method ?? 'GET';
    if (path === '/openapi.json') return send(res, 200, toyDocument);
    const parameters = query(search);
    if (has('prototype-key-crash') && (parameters.has('__proto__') || parameters.has('constructor'))) {
      throw new Error('crash');
    }
    const member = req.headers.authorization === MEMBER_AUTHORIZATION;
    const itemPath = /^\/api\/items\/([^/]+)$/.exec(path);
    const allowed = itemPath ? ['GET'] : ROUTES[path];
    if (!allowed) throw new HttpError(404, 'Not found');
    if (!allowed.includes(method)) throw new HttpError(405, 'Method not allowed', { allow: allowed.join(', ') });

    if (itemPath) {
      const text = decode(itemPath[1] as string);
      const id = has('lax-ids') ? Number(text) : strictInteger(text, 1, 1000, 'id');
      if (!Number.isInteger(id) || id < 1 || id > 1000) throw new HttpError(400, 'Bad id');
      if (id > 500) throw new HttpError(404, 'No such item');
      return send(res, 200, has('wrong-body') ? { id } : { id, name: `item ${id}` });
    }
    if (path === '/api/me') {
      if (!member && !has('open-protected')) throw new HttpError(401, 'Sign in');
      return send(res, 200, { member: 'toy' });
    }
    if (method === 'GET') {
      const limitText = single(parameters, 'limit');
      const limit = limitText === undefined ? 20 : strictInteger(limitText, 1, 50, 'limit');
      const tagsText = single(parameters, 'tags');
      const tags = tagsText ? tagsText.split(',') : [];
      if (tags.length > 3 || tags.some((tag) => !['a', 'b', 'c'].includes(tag))) throw new HttpError(400, 'Bad tags');
      return send(res, 200, {
        items: Array.from({ length: Math.min(limit, 3) }, (_, index) => ({ id: index + 1, name: 'x' })),
      });
    }
    if (!member) throw new HttpError(401, 'Sign in');
    const type = String(req.headers['content-type'] ?? '')
      .split(';')[0]
      ?.trim();
    if (type !== 'application/json') throw new HttpError(415, 'Send JSON');
    const text = await readBody(req);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new HttpError(400, 'Malformed JSON');
    }
    send(res, has('undocumented-status') ? 201 : 200, { id: 1, ...newItem(body) });
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((failure: unknown) => {
      req.resume();
      if (failure instanceof HttpError) {
        send(res, failure.status, { code: 'ERROR', message: failure.message, issues: [] }, failure.headers);
      } else {
        send(res, 500, { code: 'INTERNAL', message: 'Internal error', issues: [] });
      }
    });
  });
  server.on('clientError', (failure: NodeJS.ErrnoException, socket) => {
    const status = failure.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
    const body = JSON.stringify({ code: 'ERROR', message: 'Bad request', issues: [] });
    if (socket.writable) {
      socket.end(
        `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
      );
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
