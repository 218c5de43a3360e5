import { describe, expect, it } from 'vitest';
import { createProxyTrust, forwardedClientAddress, proxyEntryProblem } from '../src/clientAddress';
import { serviceVariables } from '../src/config';

const balancers = createProxyTrust(['10.0.0.0/16', '2001:db8:ffff::/48', '192.0.2.10']);

describe('the client address behind trusted proxies', () => {
  it('is the TCP peer when no proxy is trusted, whatever X-Forwarded-For claims', () => {
    const none = createProxyTrust([]);
    expect(forwardedClientAddress('198.51.100.7', '203.0.113.9', none)).toBe('198.51.100.7');
    expect(forwardedClientAddress(undefined, '203.0.113.9', none)).toBeUndefined();
  });

  it('ignores a spoofed X-Forwarded-For from a peer that is not a trusted proxy', () => {
    expect(forwardedClientAddress('198.51.100.7', '10.0.0.5, 203.0.113.9', balancers)).toBe('198.51.100.7');
  });

  it('takes the address the trusted balancer appended, not the entries the client wrote before it', () => {
    expect(forwardedClientAddress('10.0.3.4', '1.2.3.4, 203.0.113.9', balancers)).toBe('203.0.113.9');
  });

  it('walks a chain of trusted proxies to the right-most untrusted entry', () => {
    expect(forwardedClientAddress('10.0.3.4', '6.6.6.6, 203.0.113.9, 192.0.2.10, 10.0.9.9', balancers)).toBe(
      '203.0.113.9',
    );
  });

  it('answers the left-most hop when every hop is ours, and the balancer itself without the header', () => {
    expect(forwardedClientAddress('10.0.3.4', '10.0.1.1, 192.0.2.10', balancers)).toBe('10.0.1.1');
    expect(forwardedClientAddress('10.0.3.4', undefined, balancers)).toBe('10.0.3.4');
  });

  it('reads IPv4-mapped peers as IPv4, so one client keeps one spelling and one bucket', () => {
    expect(forwardedClientAddress('::ffff:10.0.3.4', '203.0.113.9', balancers)).toBe('203.0.113.9');
    expect(forwardedClientAddress('::ffff:198.51.100.7', '203.0.113.9', balancers)).toBe('198.51.100.7');
    expect(forwardedClientAddress('10.0.3.4', '::FFFF:203.0.113.9', balancers)).toBe('203.0.113.9');
  });

  it('trusts IPv6 ranges and reads IPv6 clients, bracketed or not', () => {
    expect(forwardedClientAddress('2001:db8:ffff::1', '2001:DB8:1::42', balancers)).toBe('2001:db8:1::42');
    expect(forwardedClientAddress('2001:db8:ffff::1', '[2001:db8:1::43]', balancers)).toBe('2001:db8:1::43');
    expect(forwardedClientAddress('2001:db8:1::1', '203.0.113.9', balancers)).toBe('2001:db8:1::1');
  });

  it('stops at an entry that is no address, as the proxy wrote it', () => {
    expect(forwardedClientAddress('10.0.3.4', '203.0.113.9, unknown', balancers)).toBe('unknown');
  });
});

describe('TRUSTED_PROXIES', () => {
  it('takes addresses and CIDR ranges, empty by default', () => {
    expect(serviceVariables.TRUSTED_PROXIES.parse(undefined)).toEqual([]);
    expect(serviceVariables.TRUSTED_PROXIES.parse(' 10.0.0.0/8, ::1 ,192.0.2.1')).toEqual([
      '10.0.0.0/8',
      '::1',
      '192.0.2.1',
    ]);
  });

  it('refuses what is not an address or a range, naming the entry', () => {
    expect(proxyEntryProblem('10.0.0.0/33')).toContain('10.0.0.0/33');
    expect(proxyEntryProblem('balancer.internal')).toContain('balancer.internal');
    expect(proxyEntryProblem('fd00::/64')).toBeNull();
    expect(serviceVariables.TRUSTED_PROXIES.safeParse('10.0.0.1, nope').success).toBe(false);
  });
});
