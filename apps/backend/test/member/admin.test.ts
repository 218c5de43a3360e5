import { randomUUID } from 'node:crypto';
import { memberMessage } from '@scentence/api/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tinyImage } from './imageFixtures';
import { createMemberFixture, failureOf, type MemberFixture, STRONG_PASSWORD } from './memberFixture';

let fixture: MemberFixture;
let adminCalls: MemberFixture['anonymous'];
let adminId: string;

beforeAll(async () => {
  fixture = await createMemberFixture();
  const admin = await fixture.signUpAdmin();
  adminId = admin.id;
  adminCalls = fixture.as(admin.id, 'admin');
});
afterAll(() => fixture?.close());

describe('admin.members.list', () => {
  it('searches by email or nickname and pages without repeating a member', async () => {
    for (let i = 0; i < 5; i += 1) await fixture.signUp({ email: `perfumer${i}@atelier.kr`, nickname: `조향사${i}` });
    await fixture.signUp({ email: 'someone@else.kr', nickname: '다른사람' });

    const byEmail = await adminCalls.admin.members.list({ q: 'ATELIER', limit: 2 });
    expect(byEmail.total).toBe(5);
    expect(byEmail.nextCursor).toBe(2);
    const rest = await adminCalls.admin.members.list({ q: 'atelier', limit: 10, cursor: byEmail.nextCursor ?? 0 });
    expect(rest.nextCursor).toBeNull();
    const ids = new Set([...byEmail.items, ...rest.items].map((member) => member.id));
    expect(ids.size).toBe(5);

    const byNickname = await adminCalls.admin.members.list({ q: '다른' });
    expect(byNickname.items.map((member) => member.email)).toEqual(['someone@else.kr']);
    expect(byNickname.items[0]).not.toHaveProperty('passwordHash');
  });

  it('treats % and _ in the search as plain characters', async () => {
    expect((await adminCalls.admin.members.list({ q: '%' })).total).toBe(0);
    expect((await adminCalls.admin.members.list({ q: '_' })).total).toBe(0);
  });

  it('filters by status', async () => {
    const member = await fixture.signUp();
    await adminCalls.admin.members.setStatus({ id: member.id, status: 'dormant' });
    const dormant = await adminCalls.admin.members.list({ status: 'dormant' });
    expect(dormant.items.map((m) => m.id)).toEqual([member.id]);
  });
});

describe('admin.members.setStatus', () => {
  it('locks a member out of sign-in and unlocks them', async () => {
    const member = await fixture.signUp();
    const locked = await adminCalls.admin.members.setStatus({ id: member.id, status: 'locked' });
    expect(locked.status).toBe('locked');
    const signIn = () =>
      fixture.service.member.verifyCredentials({
        email: member.email ?? '',
        password: STRONG_PASSWORD,
        clientAddress: '198.51.100.20',
      });
    expect((await failureOf(signIn())).code).toBe('FORBIDDEN');
    await adminCalls.admin.members.setStatus({ id: member.id, status: 'normal' });
    await expect(signIn()).resolves.toMatchObject({ status: 'signed_in' });
  });

  it('starts a recoverable withdrawal, and purges at once when set to withdrawn', async () => {
    const member = await fixture.signUp();
    const me = fixture.as(member.id);
    const bytes = await tinyImage('png');
    const upload = await me.member.profileImage.createUpload({ contentType: 'image/png', contentLength: bytes.length });
    await fixture.storage.write(upload.uploadKey, bytes, 'image/png');
    const withImage = await me.member.profileImage.confirm({ uploadKey: upload.uploadKey });
    const imageKey = (withImage.imageUrl ?? '').replace(/^\/uploads\//, '');
    expect(await fixture.storage.read(imageKey, 1e6)).not.toBeNull();

    const requested = await adminCalls.admin.members.setStatus({ id: member.id, status: 'withdrawal_requested' });
    expect(requested.withdrawalRequestedAt).toBe(fixture.now().toISOString());

    const withdrawn = await adminCalls.admin.members.setStatus({ id: member.id, status: 'withdrawn' });
    expect(withdrawn).toMatchObject({
      status: 'withdrawn',
      email: null,
      nickname: null,
      imageUrl: null,
      kakaoLinked: false,
    });
    expect(await fixture.storage.read(imageKey, 1e6)).toBeNull();

    const again = await failureOf(adminCalls.admin.members.setStatus({ id: member.id, status: 'normal' }));
    expect(again).toMatchObject({ code: 'CONFLICT', message: memberMessage('memberWithdrawn') });
  });

  it("refuses to change the admin's own status and an unknown member", async () => {
    expect((await failureOf(adminCalls.admin.members.setStatus({ id: adminId, status: 'locked' }))).code).toBe(
      'BAD_REQUEST',
    );
    expect((await failureOf(adminCalls.admin.members.setStatus({ id: randomUUID(), status: 'locked' }))).code).toBe(
      'NOT_FOUND',
    );
    expect((await failureOf(adminCalls.admin.members.byId({ id: randomUUID() }))).code).toBe('NOT_FOUND');
  });
});

describe('admin.purgeWithdrawals', () => {
  it('purges only withdrawals older than 30 days', async () => {
    const old = await fixture.signUp();
    await fixture.as(old.id).member.withdraw({ password: STRONG_PASSWORD });
    fixture.advance(20 * 86_400_000);
    const recent = await fixture.signUp();
    await fixture.as(recent.id).member.withdraw({ password: STRONG_PASSWORD });
    fixture.advance(11 * 86_400_000);

    expect(await adminCalls.admin.purgeWithdrawals({})).toEqual({ purged: 1 });
    expect((await adminCalls.admin.members.byId({ id: old.id })).status).toBe('withdrawn');
    expect((await adminCalls.admin.members.byId({ id: recent.id })).status).toBe('withdrawal_requested');
    expect(await adminCalls.admin.purgeWithdrawals({})).toEqual({ purged: 0 });
  });
});
