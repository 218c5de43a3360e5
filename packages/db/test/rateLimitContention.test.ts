import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WindowPolicy, WindowRule } from '../src/rateLimits/rateLimitEvents';
import { createRateLimitRepository, type RateLimitRepository } from '../src/rateLimits/rateLimitRepository';
import { slidingWindow } from '../src/rateLimits/slidingWindow';
import { createTestDatabases, type TestDatabases } from '../src/testing/testDatabases';
import { testEnv } from '../src/testing/testEnv';

let databases: TestDatabases;
let limits: RateLimitRepository;

beforeAll(async () => {
  databases = await createTestDatabases(['member']);
  limits = createRateLimitRepository(databases.get('member'), 'rate_limit_events');
});
afterAll(async () => {
  await databases?.close();
});

const rule = (bucket: string): WindowRule => ({ bucket: `${bucket}:${randomUUID()}`, limit: 1, windowMs: 60_000 });

describe('consuming rate limits', () => {
  it('reads each bucket once when no other call has it', async () => {
    let reads = 0;
    const counting: WindowPolicy = (recent, windowRule, now) => {
      reads += 1;
      return slidingWindow(recent, windowRule, now);
    };
    const rules = [rule('account'), rule('address')];
    expect(await limits.consumeRateLimits(rules, new Date(), counting)).toMatchObject({ allowed: true });
    expect(reads).toBe(2);
    expect(await limits.consumeRateLimits(rules, new Date(), counting)).toMatchObject({ allowed: false });
    expect(reads).toBe(4);
  });

  // PGlite answers one statement at a time: a lock held by a waiting transaction would stop everything.
  it.skipIf(!testEnv.TEST_DATABASE_URL)(
    'refuses a flood on a full bucket without waiting for its lock, whatever buckets come with it',
    async () => {
      const address = rule('address');
      const now = new Date();
      expect(await limits.consumeRateLimits([address], now, slidingWindow)).toMatchObject({ allowed: true });
      let release = () => {};
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      let lockTaken = () => {};
      const locked = new Promise<void>((resolve) => {
        lockTaken = resolve;
      });
      // Another replica checking the same bucket holds its lock.
      const holder = databases.get('member').begin(async (tx) => {
        await tx`SELECT pg_advisory_xact_lock(hashtext(${`scentence:rate:${address.bucket}`}))`;
        lockTaken();
        await released;
      });
      await locked;
      const waiting = limits.consumeRateLimits([rule('account'), address], now, slidingWindow);
      const flood = await Promise.all(
        Array.from({ length: 20 }, () => limits.consumeRateLimits([rule('account'), address], now, slidingWindow)),
      );
      expect(flood.every((outcome) => !outcome.allowed)).toBe(true);
      release();
      await holder;
      expect(await waiting).toMatchObject({ allowed: false });
    },
  );
});
