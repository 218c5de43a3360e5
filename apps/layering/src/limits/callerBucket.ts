import type { ServiceContext } from '@scentence/api';

/**
 * Whose bucket a call counts against: a member's own; the browser's address the web server
 * vouched for; a direct caller's connection address (behind a trusted balancer, the client it
 * saw). Null for calls no one should throttle here: a service that vouches for no one (the chat,
 * which limits its own users) and in-process calls.
 */
export function callerBucketOf(ctx: ServiceContext): string | null {
  const { caller } = ctx;
  if (caller?.role === 'service') return ctx.vouchedAddress ? `address:${ctx.vouchedAddress}` : null;
  if (caller) return `member:${caller.memberId}`;
  return ctx.connectionAddress ? `peer:${ctx.connectionAddress}` : null;
}
