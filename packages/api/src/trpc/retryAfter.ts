/**
 * The cause of a TOO_MANY_REQUESTS error: how long the caller must wait. The host sends it as the
 * `Retry-After` header over REST and tRPC.
 */
export class RetryAfter extends Error {
  override readonly name = 'RetryAfter';

  constructor(readonly seconds: number) {
    super(`Retry after ${seconds} seconds`);
  }
}

/** The whole seconds an error asks the caller to wait, or null when it names no wait. */
export function retryAfterOf(error: { cause?: unknown }): number | null {
  if (!(error.cause instanceof RetryAfter)) return null;
  return Math.max(1, Math.ceil(error.cause.seconds));
}
