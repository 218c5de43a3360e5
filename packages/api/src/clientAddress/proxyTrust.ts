import { BlockList, isIP } from 'node:net';
import { canonicalAddress } from './canonicalAddress';

/** Whether an address belongs to one of our own proxies (a load balancer), whose X-Forwarded-For we believe. */
export type ProxyTrust = (address: string) => boolean;

/** Why a TRUSTED_PROXIES entry is not an address or a CIDR range, or null when it is one. */
export function proxyEntryProblem(entry: string): string | null {
  const [address = '', prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return `"${entry}" is not an IP address or CIDR range`;
  if (prefix === undefined) return null;
  const bits = Number(prefix);
  const most = version === 4 ? 32 : 128;
  return /^\d+$/.test(prefix) && bits <= most ? null : `"${entry}" has a prefix length outside 0–${most}`;
}

/** The trust for a list of addresses and CIDR ranges (IPv4 ranges also cover IPv4-mapped IPv6 peers). */
export function createProxyTrust(entries: readonly string[]): ProxyTrust {
  if (entries.length === 0) return () => false;
  const list = new BlockList();
  for (const entry of entries) {
    const [address = '', prefix] = entry.split('/');
    const type = isIP(address) === 4 ? 'ipv4' : 'ipv6';
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  return (address) => {
    const canonical = canonicalAddress(address);
    if (canonical === null) return false;
    return list.check(canonical, isIP(canonical) === 4 ? 'ipv4' : 'ipv6');
  };
}
