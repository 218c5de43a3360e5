import type { ServiceContext } from '@scentence/api';
import type { RateLimitRepository, WindowRule } from '@scentence/db';
import { describe, expect, it } from 'vitest';
import { createLayeringLimiter } from '../src/limits/layeringLimiter';
import { DEFAULT_LAYERING_LIMITS } from '../src/limits/layeringLimits';

type Consume = RateLimitRepository['consumeRateLimits'];

/** A store that answers `consume` as told and remembers the buckets it was asked about. */
function fakeStore(consume: Consume) {
  const asked: string[] = [];
  const store: RateLimitRepository = {
    consumeRateLimits: (rules: readonly WindowRule[], now, policy) => {
      asked.push(...rules.map((rule) => rule.bucket));
      return consume(rules, now, policy);
    },
    releaseRateLimitEvents: async () => {},
    clearRateLimitBucket: async () => {},
    pruneRateLimitEvents: async () => 0,
  };
  return { store, asked };
}

const anonymous: ServiceContext = { caller: null, connectionAddress: '203.0.113.5' };
const silent = { log: () => {} };

describe('the layering limiter', () => {
  it("counts a direct caller by its address and a member by their id, in the kind's bucket", async () => {
    const { store, asked } = fakeStore(async () => ({ allowed: true, eventIds: ['1'] }));
    const limiter = createLayeringLimiter(store, DEFAULT_LAYERING_LIMITS, silent);
    await limiter.admit(anonymous, 'read');
    await limiter.admit({ caller: { memberId: 'm-1', role: 'member' } }, 'vote');
    expect(asked).toEqual(['layering:read:peer:203.0.113.5', 'layering:vote:member:m-1']);
  });

  it('refuses a full bucket with a 429 that carries the wait', async () => {
    const { store } = fakeStore(async () => ({ allowed: false, retryAfterSeconds: 17 }));
    const limiter = createLayeringLimiter(store, DEFAULT_LAYERING_LIMITS, silent);
    await expect(limiter.admit(anonymous, 'read')).rejects.toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      cause: { seconds: 17 },
    });
  });

  it('lets calls through when recom_db does not answer, and says so in the log once, even for calls already waiting on it', async () => {
    const down = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    const { store } = fakeStore(async () => {
      throw down;
    });
    const logged: string[] = [];
    const limiter = createLayeringLimiter(store, DEFAULT_LAYERING_LIMITS, { log: (message) => logged.push(message) });
    const admitted = await Promise.all([1, 2, 3].map(() => limiter.admit(anonymous, 'read')));
    expect(admitted).toEqual([undefined, undefined, undefined]);
    expect(logged).toHaveLength(1);
  });

  it('after recom_db fails, lets calls through without asking it for 30 seconds, then asks again', async () => {
    const down = Object.assign(new Error('connect ETIMEDOUT'), { code: 'ETIMEDOUT' });
    let answering = false;
    const { store, asked } = fakeStore(async () => {
      if (!answering) throw down;
      return { allowed: true, eventIds: ['1'] };
    });
    let now = Date.parse('2026-12-07T12:00:00Z');
    const logged: string[] = [];
    const limiter = createLayeringLimiter(store, DEFAULT_LAYERING_LIMITS, {
      clock: () => new Date(now),
      log: (message) => logged.push(message),
    });
    await limiter.admit(anonymous, 'read');
    expect(asked).toHaveLength(1);

    now += 29_000;
    await expect(limiter.admit(anonymous, 'read')).resolves.toBeUndefined();
    await expect(limiter.admit({ caller: { memberId: 'm-1', role: 'member' } }, 'vote')).resolves.toBeUndefined();
    expect(asked).toHaveLength(1);
    expect(logged).toHaveLength(1);

    now += 1_000;
    answering = true;
    await limiter.admit(anonymous, 'read');
    expect(asked).toHaveLength(2);
  });

  it('limits nothing without recom_db, nor an in-process call', async () => {
    await expect(
      createLayeringLimiter(undefined, DEFAULT_LAYERING_LIMITS).admit(anonymous, 'read'),
    ).resolves.toBeUndefined();
    const { store, asked } = fakeStore(async () => ({ allowed: false, retryAfterSeconds: 1 }));
    await createLayeringLimiter(store, DEFAULT_LAYERING_LIMITS, silent).admit({ caller: null }, 'read');
    expect(asked).toEqual([]);
  });
});
