import { slidingWindow } from '@scentence/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMemberMaintenance, scheduleMemberMaintenance } from '../../src/member/shared/memberMaintenance';
import { createMemberFixture, type MemberFixture, STRONG_PASSWORD } from './memberFixture';

let fixture: MemberFixture;

beforeAll(async () => {
  fixture = await createMemberFixture();
});
afterAll(() => fixture?.close());

const DAY = 86_400_000;

describe('member maintenance', () => {
  it('runs on its own timer, purging expired withdrawals, and stops when told', async () => {
    const member = await fixture.signUp();
    await fixture.as(member.id).member.withdraw({ password: STRONG_PASSWORD });
    fixture.advance(31 * DAY);

    const stop = scheduleMemberMaintenance(fixture.deps, 50);
    try {
      await expect.poll(() => fixture.logged, { timeout: 5000 }).toContain('purged 1 withdrawn member(s)');
    } finally {
      stop();
    }
    expect((await fixture.deps.members.findById(member.id))?.status).toBe('withdrawn');
  });

  it('drops throttle events no window can see any more', async () => {
    const rule = { bucket: 'login:account:old@example.com', limit: 1, windowMs: 60_000 };
    await fixture.deps.members.consumeRateLimits([rule], fixture.now(), slidingWindow);
    fixture.advance(2 * DAY);
    await runMemberMaintenance(fixture.deps);
    // Nothing left to prune: the event went with the maintenance run.
    expect(await fixture.deps.members.pruneRateLimitEvents(fixture.now())).toBe(0);
  });
});
