import { createCallerFactory } from '@scentence/api';
import { createPerfumeRepository, createWardrobeRepository, type WardrobeRepository } from '@scentence/db';
import { createTestDatabases, type TestDatabases } from '@scentence/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MemberDependencies } from '../../src/member/shared/memberDependencies';
import { purgeExpiredWithdrawals } from '../../src/member/shared/memberMaintenance';
import { createBackendRouter } from '../../src/router';
import { createMemberFixture, type MemberFixture, STRONG_PASSWORD } from '../member/memberFixture';

const DAY = 86_400_000;

let members: MemberFixture;
let recom: TestDatabases;
let wardrobes: WardrobeRepository;
let deps: MemberDependencies;

beforeAll(async () => {
  members = await createMemberFixture();
  recom = await createTestDatabases(['recom']);
  wardrobes = createWardrobeRepository(recom.get('recom'));
  deps = { ...members.deps, wardrobes };
});
afterAll(async () => {
  await members?.close();
  await recom?.close();
});

async function memberWithWardrobe() {
  const member = await members.signUp();
  await wardrobes.save(member.id, { perfumeId: 1, state: 'have', preference: 'good', source: 'manual' });
  await wardrobes.saveSettings(member.id, { useForRecommendations: false });
  return member;
}

describe("a purged member's wardrobe", () => {
  it('goes with them when their 30 days of recovery pass, and only theirs', async () => {
    const leaving = await memberWithWardrobe();
    await members.as(leaving.id).member.withdraw({ password: STRONG_PASSWORD });
    const staying = await memberWithWardrobe();
    members.advance(31 * DAY);

    expect(await purgeExpiredWithdrawals(deps)).toBe(1);
    expect(await wardrobes.list(leaving.id)).toEqual([]);
    expect(await wardrobes.settings(leaving.id)).toEqual({ useForRecommendations: true });
    expect(await wardrobes.list(staying.id)).toHaveLength(1);
  });

  it('is kept while the withdrawal can still be recovered', async () => {
    const withdrawing = await memberWithWardrobe();
    await members.as(withdrawing.id).member.withdraw({ password: STRONG_PASSWORD });
    members.advance(10 * DAY);
    expect(await purgeExpiredWithdrawals(deps)).toBe(0);
    expect(await wardrobes.list(withdrawing.id)).toHaveLength(1);
  });

  it('stays, and so does the member, when the wardrobe cannot be deleted: the next purge tries again', async () => {
    const leaving = await memberWithWardrobe();
    await members.as(leaving.id).member.withdraw({ password: STRONG_PASSWORD });
    members.advance(31 * DAY);
    const failing = {
      ...deps,
      wardrobes: { deleteMembers: () => Promise.reject(new Error('recom_db is down')) },
    };
    await expect(purgeExpiredWithdrawals(failing)).rejects.toThrow('recom_db is down');
    expect((await members.deps.members.findById(leaving.id))?.status).toBe('withdrawal_requested');

    await purgeExpiredWithdrawals(deps);
    expect((await members.deps.members.findById(leaving.id))?.status).toBe('withdrawn');
    expect(await wardrobes.list(leaving.id)).toEqual([]);
  });

  it('goes when an admin withdraws the member at once', async () => {
    const admin = await members.signUpAdmin();
    const router = createBackendRouter({
      perfumes: createPerfumeRepository(members.databases.get('perfume')),
      members: deps,
    });
    const adminCalls = createCallerFactory(router)({ caller: { memberId: admin.id, role: 'admin' } });
    const member = await memberWithWardrobe();
    await adminCalls.admin.members.setStatus({ id: member.id, status: 'withdrawn' });
    expect(await wardrobes.list(member.id)).toEqual([]);
  });
});
