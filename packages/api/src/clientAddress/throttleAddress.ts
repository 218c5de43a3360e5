import type { Caller } from '../auth/accessToken';

/**
 * The bucket for callers whose address is unknown (an in-process call with no connection, or a
 * service token that vouched for no address): they share one.
 */
export const UNVOUCHED_ADDRESS = 'unvouched';

/** The header a service (the web server) vouches for a browser's address in; believed from services only. */
export const VOUCHED_ADDRESS_HEADER = 'x-scentence-client-address';

/** The client address to throttle by: the one a service forwarded, never one a browser claims. */
export function clientAddressOf(caller: Caller | null, claimed: string | undefined): string {
  return caller?.role === 'service' && claimed ? claimed : UNVOUCHED_ADDRESS;
}

/**
 * The address to throttle a direct caller (a REST or mobile client, no web server in between) by:
 * the TCP peer it connected from, or behind a trusted load balancer the client the balancer saw.
 */
export function connectionAddressOf(context: { connectionAddress?: string }): string {
  return context.connectionAddress ? `peer:${context.connectionAddress}` : UNVOUCHED_ADDRESS;
}

/**
 * The address to throttle a public procedure's caller by: the address the web server vouches for
 * in `claimed`, or for anyone else (whose claim is ignored) the connection it came from, so that
 * one direct caller never uses up the limit of every other.
 */
export function throttleAddressOf(
  context: { caller: Caller | null; connectionAddress?: string },
  claimed: string | undefined,
): string {
  return context.caller?.role === 'service' ? clientAddressOf(context.caller, claimed) : connectionAddressOf(context);
}
