import { describe, expect, it } from 'vitest';
import { bearerTokenFrom, signAccessToken, verifyAccessToken } from '../src/auth/accessToken';

const SECRET = 'a-secret-of-at-least-thirty-two-characters';

describe('access tokens', () => {
  it('round-trips the member id and role', async () => {
    const token = await signAccessToken(SECRET, { memberId: 'm-1', role: 'admin' });
    expect(await verifyAccessToken(SECRET, token)).toEqual({ memberId: 'm-1', role: 'admin' });
  });

  it('rejects a token signed with another secret', async () => {
    const token = await signAccessToken(`${SECRET}-other`, { memberId: 'm-1', role: 'member' });
    expect(await verifyAccessToken(SECRET, token)).toBeNull();
  });

  it('rejects an expired token', async () => {
    const token = await signAccessToken(SECRET, { memberId: 'm-1', role: 'member' }, -10);
    expect(await verifyAccessToken(SECRET, token)).toBeNull();
  });

  it('rejects a token whose payload was edited', async () => {
    const token = await signAccessToken(SECRET, { memberId: 'm-1', role: 'member' });
    const [header, , signature] = token.split('.');
    const payload = Buffer.from(JSON.stringify({ sub: 'm-1', role: 'admin' })).toString('base64url');
    expect(await verifyAccessToken(SECRET, `${header}.${payload}.${signature}`)).toBeNull();
  });

  it('reads only well-formed bearer headers', () => {
    expect(bearerTokenFrom('Bearer abc.def')).toBe('abc.def');
    expect(bearerTokenFrom('bearer abc')).toBe('abc');
    expect(bearerTokenFrom('Basic abc')).toBeNull();
    expect(bearerTokenFrom('Bearer')).toBeNull();
    expect(bearerTokenFrom(undefined)).toBeNull();
  });
});
