/**
 * The lean peer of the catalog-load benchmark: a bare node:http handler that runs the catalog's
 * SQL directly and answers the same JSON as our REST operations, with nothing else per request
 * (no tRPC, no OpenAPI routing, no zod, no auth). What our host costs is measured against it.
 */
import http from 'node:http';

/** What the peer answers; null is a 404. */
export interface PeerOperations {
  search(params: URLSearchParams): Promise<unknown | null>;
  perfume(id: number): Promise<unknown | null>;
  similar?(id: number): Promise<unknown | null>;
  note?(slug: string, params: URLSearchParams): Promise<unknown | null>;
  accord?(key: string, params: URLSearchParams): Promise<unknown | null>;
}

const PERFUME = /^\/api\/perfumes\/(\d+)$/;
const SIMILAR = /^\/api\/perfumes\/(\d+)\/similar$/;
const NOTE = /^\/api\/notes\/([\w-]+)$/;
const ACCORD = /^\/api\/accords\/([\w-]+)$/;

function route(operations: PeerOperations, url: URL): Promise<unknown | null> {
  const path = url.pathname;
  if (path === '/api/perfumes') return operations.search(url.searchParams);
  let match = PERFUME.exec(path);
  if (match) return operations.perfume(Number(match[1]));
  match = SIMILAR.exec(path);
  if (match && operations.similar) return operations.similar(Number(match[1]));
  match = NOTE.exec(path);
  if (match && operations.note) return operations.note(match[1]!, url.searchParams);
  match = ACCORD.exec(path);
  if (match && operations.accord) return operations.accord(match[1]!, url.searchParams);
  return Promise.resolve(null);
}

export function startLeanPeer(operations: PeerOperations): Promise<{ port: number; server: http.Server }> {
  const server = http.createServer((req, res) => {
    route(operations, new URL(req.url ?? '/', 'http://peer.invalid')).then(
      (body) => {
        if (body === null) {
          res.writeHead(404, { 'content-type': 'application/json' });
          res.end('{"code":"NOT_FOUND"}');
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      },
      (error: unknown) => {
        console.error('[lean peer]', error);
        res.writeHead(503, { 'content-type': 'application/json' });
        res.end('{"code":"SERVICE_UNAVAILABLE"}');
      },
    );
  });
  server.keepAliveTimeout = 65_000;
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ port: typeof address === 'object' && address ? address.port : 0, server });
    }),
  );
}
