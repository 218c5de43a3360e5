import { isIP } from 'node:net';

const IPV4_MAPPED = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/;

/**
 * One spelling per address, so one client keeps one bucket: brackets and an IPv4-mapped prefix
 * (`::ffff:203.0.113.7`, as a dual-stack socket reports IPv4 peers) dropped, IPv6 lower-cased.
 * Null when the text is no IP address.
 */
export function canonicalAddress(text: string): string | null {
  const bare = text
    .trim()
    .replace(/^\[(.*)\]$/, '$1')
    .toLowerCase();
  const mapped = IPV4_MAPPED.exec(bare)?.[1];
  if (mapped && isIP(mapped) === 4) return mapped;
  return isIP(bare) === 0 ? null : bare;
}
