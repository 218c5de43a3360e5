import { CLIENT_ADDRESS_MAX_LENGTH } from '../schemas/member';
import { canonicalAddress } from './canonicalAddress';
import type { ProxyTrust } from './proxyTrust';

/**
 * The client's address: the TCP peer, unless the peer is one of our proxies; then X-Forwarded-For
 * read from the right (each proxy appends the address it saw), skipping our own proxies, and the
 * first address we do not trust is the client. Entries left of it are whatever the client wrote,
 * so they are never believed; an untrusted peer's X-Forwarded-For is not read at all.
 */
export function forwardedClientAddress(
  peer: string | undefined,
  forwardedFor: string | undefined,
  trusts: ProxyTrust,
): string | undefined {
  if (peer === undefined) return undefined;
  let client = canonicalAddress(peer) ?? peer;
  if (!trusts(client)) return client;
  const hops = (forwardedFor ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);
  for (let index = hops.length - 1; index >= 0; index -= 1) {
    const hop = hops[index] ?? '';
    const address = canonicalAddress(hop);
    // Not an address (e.g. "unknown"): the proxy that wrote it could not tell, so neither can we.
    // Cut to length: an address is a bucket's name, never a place to store a client's text.
    if (address === null) return hop.slice(0, CLIENT_ADDRESS_MAX_LENGTH);
    client = address;
    if (!trusts(client)) return client;
  }
  // Every hop is ours: the request started inside our own network.
  return client;
}
