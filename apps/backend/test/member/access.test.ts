import { randomUUID } from 'node:crypto';
import type { ServiceMeta } from '@scentence/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemberFixture, failureOf, type MemberFixture, STRONG_PASSWORD } from './memberFixture';

let fixture: MemberFixture;
let alice: Awaited<ReturnType<MemberFixture['signUp']>>;
let bob: Awaited<ReturnType<MemberFixture['signUp']>>;
let admin: Awaited<ReturnType<MemberFixture['signUp']>>;

beforeAll(async () => {
  fixture = await createMemberFixture();
  [alice, bob, admin] = [await fixture.signUp(), await fixture.signUp(), await fixture.signUpAdmin()];
});
afterAll(() => fixture?.close());

type Call = (input: unknown) => Promise<unknown>;

/** A procedure of a caller by its dotted path, e.g. "member.profileImage.confirm". */
function procedureOf(caller: object, path: string): Call {
  const target = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  if (typeof target !== 'function') throw new Error(`no procedure ${path}`);
  return target as Call;
}

/** A valid input for every procedure that needs a signed-in caller or a service. */
const inputs = (): Record<string, unknown> => ({
  'member.me': {},
  'member.updateProfile': { userMode: 'expert' },
  'member.changePassword': { currentPassword: STRONG_PASSWORD, newPassword: 'An0ther!Pass' },
  'member.withdraw': { password: STRONG_PASSWORD },
  'member.profileImage.createUpload': { contentType: 'image/png', contentLength: 100 },
  'member.profileImage.confirm': { uploadKey: `uploads/${alice.id}/${randomUUID()}` },
  'member.profileImage.remove': {},
  'member.verifyCredentials': { email: alice.email, password: STRONG_PASSWORD, clientAddress: '198.51.100.9' },
  'member.signInWithKakao': { kakaoId: '777', nickname: '접근', clientAddress: '198.51.100.9' },
  'member.linkKakao': { linkToken: 'x', password: STRONG_PASSWORD, clientAddress: '198.51.100.9' },
  'admin.members.list': {},
  'admin.members.byId': { id: alice.id },
  'admin.members.setStatus': { id: alice.id, status: 'locked' },
  'admin.purgeWithdrawals': {},
});

const SERVICE_ONLY = ['member.verifyCredentials', 'member.signInWithKakao', 'member.linkKakao'];

/** At run time tRPC keeps every procedure in one flat record keyed by its dotted path. */
function protectedPaths(): string[] {
  return Object.entries(fixture.router._def.procedures as unknown as Record<string, { _def: { meta?: ServiceMeta } }>)
    .filter(([path, procedure]) => /^(member|admin)\./.test(path) && procedure._def.meta?.access !== 'public')
    .map(([path]) => path)
    .sort();
}

describe('who may call the member procedures', () => {
  it('covers every protected member and admin procedure', () => {
    expect(protectedPaths()).toEqual(Object.keys(inputs()).sort());
  });

  it('refuses every protected procedure to an anonymous caller (401)', async () => {
    for (const path of protectedPaths()) {
      const error = await failureOf(procedureOf(fixture.anonymous, path)(inputs()[path]));
      expect(error.code, path).toBe('UNAUTHORIZED');
    }
  });

  it('refuses the member and admin procedures to a service token (it is nobody)', async () => {
    for (const path of protectedPaths().filter((p) => !SERVICE_ONLY.includes(p))) {
      const error = await failureOf(procedureOf(fixture.service, path)(inputs()[path]));
      expect(error.code, path).toBe('UNAUTHORIZED');
    }
  });

  it('refuses the service procedures to members and admins (403)', async () => {
    for (const path of SERVICE_ONLY) {
      for (const caller of [fixture.as(alice.id), fixture.as(admin.id, 'admin')]) {
        expect((await failureOf(procedureOf(caller, path)(inputs()[path]))).code, path).toBe('FORBIDDEN');
      }
    }
  });

  it('refuses the admin procedures to a member (403)', async () => {
    for (const path of protectedPaths().filter((p) => p.startsWith('admin.'))) {
      expect((await failureOf(procedureOf(fixture.as(alice.id), path)(inputs()[path]))).code, path).toBe('FORBIDDEN');
    }
  });

  it('refuses an admin token whose member is not an admin in member_db (403)', async () => {
    const forged = fixture.as(bob.id, 'admin');
    expect((await failureOf(forged.admin.members.list({}))).code).toBe('FORBIDDEN');
  });

  it("answers 404 for another member's upload, and leaves it alone", async () => {
    const target = await fixture
      .as(alice.id)
      .member.profileImage.createUpload({ contentType: 'image/png', contentLength: 100 });
    const error = await failureOf(fixture.as(bob.id).member.profileImage.confirm({ uploadKey: target.uploadKey }));
    expect(error.code).toBe('NOT_FOUND');
    expect((await fixture.as(bob.id).member.me({})).imageUrl).toBeNull();
  });

  it('answers every member procedure about the caller alone: no input names another member', async () => {
    const updated = await fixture.as(bob.id).member.updateProfile({ nickname: 'BobOnly' });
    expect(updated.id).toBe(bob.id);
    expect((await fixture.as(alice.id).member.me({})).nickname).not.toBe('BobOnly');
  });

  it('stops a token as soon as its member is locked or gone', async () => {
    const carol = await fixture.signUp();
    const carolCalls = fixture.as(carol.id);
    await fixture.as(admin.id, 'admin').admin.members.setStatus({ id: carol.id, status: 'locked' });
    expect((await failureOf(carolCalls.member.me({}))).code).toBe('FORBIDDEN');
    expect((await failureOf(fixture.as(randomUUID()).member.me({}))).code).toBe('UNAUTHORIZED');
    expect((await failureOf(fixture.as('not-a-uuid').member.me({}))).code).toBe('UNAUTHORIZED');
  });
});
