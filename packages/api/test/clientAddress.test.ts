import { describe, expect, it } from 'vitest';
import { signServiceToken } from '../src/auth';
import {
  createProxyTrust,
  forwardedClientAddress,
  proxyEntryProblem,
  throttleAddressOf,
  UNVOUCHED_ADDRESS,
  VOUCHED_ADDRESS_HEADER,
} from '../src/clientAddress';
import { serviceVariables } from '../src/config';
import { createContextFactory } from '../src/trpc/context';

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

describe('the address a public procedure throttles by', () => {
  const service = { service: 'web', role: 'service' } as const;

  it("is the one the web server vouches for, and a direct caller's own connection otherwise", () => {
    expect(throttleAddressOf({ caller: service, connectionAddress: '10.0.3.4' }, '203.0.113.9')).toBe('203.0.113.9');
    // A direct caller's claim is ignored, yet two of them never share one bucket.
    expect(throttleAddressOf({ caller: null, connectionAddress: '198.51.100.7' }, '203.0.113.9')).toBe(
      'peer:198.51.100.7',
    );
    expect(throttleAddressOf({ caller: null, connectionAddress: '198.51.100.8' }, undefined)).toBe('peer:198.51.100.8');
    const member = { memberId: 'm1', role: 'member' } as const;
    expect(throttleAddressOf({ caller: member, connectionAddress: '198.51.100.9' }, '203.0.113.9')).toBe(
      'peer:198.51.100.9',
    );
  });

  it('is the shared unvouched bucket only when no address is known', () => {
    expect(throttleAddressOf({ caller: service, connectionAddress: '10.0.3.4' }, undefined)).toBe(UNVOUCHED_ADDRESS);
    expect(throttleAddressOf({ caller: null }, '203.0.113.9')).toBe(UNVOUCHED_ADDRESS);
  });
});

describe('the address a service vouches for in a header', () => {
  const secret = 'a-test-secret-of-at-least-32-characters!';
  const createContext = createContextFactory(secret);

  async function vouchedBy(token: string, address: string) {
    const headers = new Headers({ authorization: `Bearer ${token}`, [VOUCHED_ADDRESS_HEADER]: address });
    return (await createContext({ req: { headers } })).vouchedAddress;
  }

  it('has one spelling per address, so an IPv4-mapped client keeps the IPv4 bucket', async () => {
    const token = await signServiceToken(secret);
    expect(await vouchedBy(token, '::ffff:203.0.113.9')).toBe('203.0.113.9');
    expect(await vouchedBy(token, ' 203.0.113.9 ')).toBe('203.0.113.9');
    expect(await vouchedBy(token, 'unknown')).toBe('unknown');
    expect(await vouchedBy(token, 'x'.repeat(300))).toHaveLength(100);
  });

  it('is not read from a caller without a service token', async () => {
    const headers = new Headers({ [VOUCHED_ADDRESS_HEADER]: '203.0.113.9' });
    expect((await createContext({ req: { headers } })).vouchedAddress).toBeUndefined();
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
