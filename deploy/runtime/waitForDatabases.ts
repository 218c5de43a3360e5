import net from 'node:net';
import type { ServiceStartEnv } from './env';

export interface Endpoint {
  host: string;
  port: number;
}

export const describeEndpoint = (endpoint: Endpoint) => `${endpoint.host}:${endpoint.port}`;

export class DatabaseUnreachableError extends Error {
  constructor(
    readonly endpoints: Endpoint[],
    timeoutMs: number,
  ) {
    super(`database not reachable after ${timeoutMs / 1000}s: ${endpoints.map(describeEndpoint).join(', ')}`);
    this.name = 'DatabaseUnreachableError';
  }
}

const LOGICAL_URLS = ['PERFUME_DATABASE_URL', 'RECOM_DATABASE_URL', 'MEMBER_DATABASE_URL'] as const;

/** The variables of logical databases that have no URL, not even through the DATABASE_URL fallback. */
export function missingDatabaseUrls(env: ServiceStartEnv): string[] {
  return LOGICAL_URLS.filter((name) => !env[name] && !env.DATABASE_URL);
}

/** The distinct host:port pairs behind the database URLs (5432 when a URL names no port). */
export function databaseEndpointsOf(env: ServiceStartEnv): Endpoint[] {
  const urls = LOGICAL_URLS.map((name) => env[name] ?? env.DATABASE_URL).filter((url) => url !== undefined);
  const endpoints = new Map<string, Endpoint>();
  for (const url of urls) {
    const parsed = new URL(url);
    const endpoint = { host: parsed.hostname.replace(/^\[|\]$/g, ''), port: Number(parsed.port || 5432) };
    endpoints.set(describeEndpoint(endpoint), endpoint);
  }
  return [...endpoints.values()];
}

function canConnect(endpoint: Endpoint, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: endpoint.host, port: endpoint.port, timeout: timeoutMs });
    const finish = (reachable: boolean) => {
      socket.destroy();
      resolve(reachable);
    };
    socket.once('connect', () => finish(true));
    socket.once('timeout', () => finish(false));
    socket.once('error', () => finish(false));
  });
}

export interface WaitOptions {
  timeoutMs: number;
  retryMs?: number;
  onWait?: (waitingFor: Endpoint[]) => void;
}

/**
 * Resolves once every endpoint accepts a TCP connection. A PostgreSQL container listens on TCP only
 * after its first-start initialisation, so this is also "the local profile's database is ready".
 */
export async function waitForEndpoints(endpoints: Endpoint[], options: WaitOptions): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  let waiting = endpoints;
  for (;;) {
    const reachable = await Promise.all(waiting.map((endpoint) => canConnect(endpoint, 2_000)));
    waiting = waiting.filter((_, index) => !reachable[index]);
    if (waiting.length === 0) return;
    if (Date.now() >= deadline) throw new DatabaseUnreachableError(waiting, options.timeoutMs);
    options.onWait?.(waiting);
    await new Promise((resolve) => setTimeout(resolve, Math.min(options.retryMs ?? 1_000, deadline - Date.now())));
  }
}
