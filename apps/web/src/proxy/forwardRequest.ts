import 'server-only';
import type { ErrorBody } from '@scentence/api/schemas';
import { clientAddressOf } from '../auth/clientAddress';

/**
 * Request headers a service needs; cookies, hosts and hop-by-hop headers stay at the edge. The
 * browser's Authorization never passes: the caller's identity comes from `options.headers` alone.
 */
// `if-none-match` and `etag` carry the services' conditional GETs (a 304 for an unchanged catalog or map).
const FORWARDED_REQUEST_HEADERS = ['content-type', 'accept', 'accept-language', 'if-none-match'] as const;
const FORWARDED_RESPONSE_HEADERS = [
  'content-type',
  'cache-control',
  'etag',
  'x-content-type-options',
  'allow',
  'retry-after',
] as const;

// Node's fetch needs `duplex` to stream a request body; the DOM typings do not know it yet.
type StreamingRequestInit = RequestInit & { duplex?: 'half' };

export interface ForwardOptions {
  /** Shown in the 503 message and the server log, e.g. "backend". */
  service: string;
  /** Sent to the service in addition to the forwarded ones. */
  headers?: Record<string, string>;
}

function serviceUnavailable(service: string): Response {
  const body: ErrorBody = {
    code: 'SERVICE_UNAVAILABLE',
    message: `The ${service} service is unavailable; try again shortly`,
    issues: [],
  };
  return Response.json(body, { status: 503, headers: { 'cache-control': 'no-store' } });
}

/**
 * Sends the browser's request on to a service and streams the answer back: method, query string,
 * body and the headers that matter. A service that cannot be reached answers 503.
 */
export async function forwardRequest(request: Request, target: string, options: ForwardOptions): Promise<Response> {
  const headers = new Headers(options.headers);
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = request.headers.get(name);
    if (value) headers.set(name, value);
  }
  // Names a REST client to a service that lists this server in TRUSTED_PROXIES (ignored otherwise):
  // only the address this server takes as its client (the one guestVouch vouches for), so that such
  // a service reads what this server saw and never an entry the client wrote itself.
  const forwardedFor = request.headers.get('x-forwarded-for');
  if (forwardedFor) headers.set('x-forwarded-for', clientAddressOf(forwardedFor));
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  const init: StreamingRequestInit = {
    method: request.method,
    headers,
    body: hasBody ? request.body : null,
    duplex: hasBody ? 'half' : undefined,
    redirect: 'manual',
    cache: 'no-store',
    signal: request.signal,
  };

  let upstream: Response;
  try {
    upstream = await fetch(`${target}${new URL(request.url).search}`, init);
  } catch (error) {
    if (!request.signal.aborted) {
      const reason = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
      console.error(`[web] ${options.service} unreachable at ${new URL(target).origin}: ${reason}`);
    }
    return serviceUnavailable(options.service);
  }

  const responseHeaders = new Headers();
  for (const name of FORWARDED_RESPONSE_HEADERS) {
    const value = upstream.headers.get(name);
    if (value) responseHeaders.set(name, value);
  }
  return new Response(upstream.body, { status: upstream.status, headers: responseHeaders });
}
