import { ACCESS_TOKEN_TTL_SECONDS, verifyAccessToken } from '@scentence/api/auth';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { reusedServiceToken } from '../../src/proxy/reusedServiceToken';

const SECRET = 'a-secret-of-at-least-thirty-two-characters';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('reusedServiceToken', () => {
  it('signs one service token and reuses it until a minute before it expires', async () => {
    const token = reusedServiceToken(SECRET);

    const first = await token();
    expect(await verifyAccessToken(SECRET, first)).toEqual({ service: 'web', role: 'service' });
    vi.advanceTimersByTime((ACCESS_TOKEN_TTL_SECONDS - 61) * 1000);
    expect(await token()).toBe(first);

    vi.advanceTimersByTime(2000);
    const second = await token();
    expect(second).not.toBe(first);
    expect(await verifyAccessToken(SECRET, second)).toEqual({ service: 'web', role: 'service' });
    expect(await token()).toBe(second);
  });
});
