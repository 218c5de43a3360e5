import http from 'node:http';

export interface Upstream {
  name: string;
  url: string;
}

export interface ServedRequest {
  method: string;
  path: string;
  upstream: string;
  status: number;
}

export interface RoundRobinProxy {
  url: string;
  /** Every request forwarded so far, in the order they arrived. */
  served: ServedRequest[];
  /** The upstream the next request goes to. */
  next(): string;
  close(): Promise<void>;
}

/** The header the proxy adds to every answer: which upstream gave it. */
export const SERVED_BY = 'x-served-by';

/**
 * A load balancer in miniature: each request goes to the next upstream in turn (per request, not
 * per connection, as an ALB does), and the answer comes back with `x-served-by`. An upstream that
 * cannot be reached answers 502, as a load balancer would.
 */
export async function startRoundRobinProxy(upstreams: readonly Upstream[]): Promise<RoundRobinProxy> {
  let turn = 0;
  const served: ServedRequest[] = [];
  const server = http.createServer((req, res) => {
    const upstream = upstreams[turn % upstreams.length]!;
    turn += 1;
    const target = new URL(req.url ?? '/', upstream.url);
    const record = (status: number) =>
      served.push({ method: req.method ?? 'GET', path: target.pathname, upstream: upstream.name, status });
    const forwarded = http.request(
      target,
      { method: req.method, headers: { ...req.headers, host: target.host }, agent: false },
      (answer) => {
        record(answer.statusCode ?? 0);
        res.writeHead(answer.statusCode ?? 502, { ...answer.headers, [SERVED_BY]: upstream.name });
        answer.pipe(res);
      },
    );
    forwarded.on('error', () => {
      record(502);
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain', [SERVED_BY]: upstream.name });
      res.end('upstream unreachable');
    });
    req.pipe(forwarded);
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    served,
    next: () => upstreams[turn % upstreams.length]!.name,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
