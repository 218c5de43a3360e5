import { retryAfterOf } from '../trpc/retryAfter';

/**
 * `responseMeta` for the tRPC and REST handlers: an answer with a rate-limit error carries
 * `Retry-After` (the longest wait when a batch has several).
 */
export function retryAfterHeader({ errors }: { errors: readonly { cause?: unknown }[] }): {
  headers?: Record<string, string>;
} {
  const waits = errors.map(retryAfterOf).filter((seconds) => seconds !== null);
  return waits.length > 0 ? { headers: { 'retry-after': String(Math.max(...waits)) } } : {};
}
