import { TRPCClientError } from '@trpc/client';

const SERVICE_UNAVAILABLE = 503;

/** True when the backend (or the proxy in front of it) said "unavailable", not "your request is wrong". */
export function isServiceUnavailable(error: unknown): boolean {
  if (!(error instanceof TRPCClientError)) return false;
  const data: unknown = error.data;
  if (typeof data === 'object' && data !== null && 'httpStatus' in data && data.httpStatus === SERVICE_UNAVAILABLE) {
    return true;
  }
  // The proxy's own 503 is not a tRPC envelope; the client then only knows the HTTP response.
  const response: unknown = error.meta?.response;
  return response instanceof Response && response.status === SERVICE_UNAVAILABLE;
}
