import autocannon from 'autocannon';

/**
 * HTTP load through autocannon (a home-made loop in one Node process topped out near 3,800
 * req/s, so every ratio against a fast server was the loader's, not the server's).
 */
export interface LoadOptions {
  /** The server's origin, e.g. http://127.0.0.1:8000. */
  origin: string;
  connections: number;
  seconds: number;
  /** The path of the n-th request; one fixed path is built once and sent as is (the cheapest for the loader). */
  path: string | ((n: number) => string);
  headers?: Record<string, string>;
  /** The status every answer should have (others are counted as unexpected). */
  status?: number;
}

export interface LoadResult {
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Connection errors and timeouts. */
  errors: number;
  /** Answers with another status than expected. */
  unexpected: number;
}

export async function load(options: LoadOptions): Promise<LoadResult> {
  const { path } = options;
  let n = 0;
  const result = await autocannon({
    url: `${options.origin}${typeof path === 'string' ? path : path(0)}`,
    connections: options.connections,
    duration: options.seconds,
    headers: options.headers,
    ...(typeof path === 'function' && {
      requests: [{ setupRequest: (request: autocannon.Request) => ({ ...request, path: path(n++) }) }],
    }),
  });
  const expected = String(options.status ?? 200);
  const unexpected = Object.entries(result.statusCodeStats ?? {})
    .filter(([status]) => status !== expected)
    .reduce((sum, [, stats]) => sum + (stats.count ?? 0), 0);
  return {
    perSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    unexpected,
  };
}
