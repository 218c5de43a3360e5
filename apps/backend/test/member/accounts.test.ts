import { toErrorBody } from '@scentence/api';
import { memberMessage } from '@scentence/api/schemas';
import type { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemberFixture, failureOf, type MemberFixture, STRONG_PASSWORD } from './memberFixture';

let fixture: MemberFixture;

beforeAll(async () => {
  fixture = await createMemberFixture();
});
afterAll(() => fixture?.close());

/** The web's sign-in step: an email and password typed in a browser at `clientAddress`. */
const signIn = (email: string, password: string, clientAddress: string) =>
  fixture.service.member.verifyCredentials({ email, password, clientAddress });

describe('member.signUp', () => {
  it('creates an email member who then signs in with the same password', async () => {
    const profile = await fixture.signUp({ email: 'Mina@Example.com', nickname: '미나', userMode: 'expert' });
    expect(profile).toMatchObject({
      email: 'mina@example.com',
      nickname: '미나',
      userMode: 'expert',
      role: 'member',
      status: 'normal',
      hasPassword: true,
      kakaoLinked: false,
      imageUrl: null,
    });
    expect(profile).not.toHaveProperty('passwordHash');

    const result = await signIn('MINA@example.com', STRONG_PASSWORD, '198.51.100.1');
    expect(result).toMatchObject({ status: 'signed_in', created: false, member: { id: profile.id } });
  });

  it('stores the password only as a salted scrypt hash', async () => {
    const a = await fixture.signUp({ email: 'same1@example.com', nickname: '같은비번1' });
    const b = await fixture.signUp({ email: 'same2@example.com', nickname: '같은비번2' });
    const hashes = await Promise.all(
      [a, b].map(async (m) => (await fixture.deps.members.findById(m.id))?.passwordHash),
    );
    for (const hash of hashes) {
      expect(hash).toMatch(/^scrypt\$\d+\$\d+\$\d+\$/);
      expect(hash).not.toContain(STRONG_PASSWORD);
    }
    expect(hashes[0]).not.toBe(hashes[1]);
  });

  it('refuses a weak password, naming each missing rule in Korean', async () => {
    const error = await failureOf(
      fixture.service.member.signUp({ email: 'weak@example.com', password: 'short', nickname: '약한비번' }),
    );
    expect(error.code).toBe('BAD_REQUEST');
    const body = toErrorBody(error as TRPCError);
    const password = body.issues.filter((issue) => issue.path === 'password');
    const broken = ['passwordTooShort', 'passwordNeedsUpper', 'passwordNeedsDigit', 'passwordNeedsSymbol'] as const;
    expect(password).toEqual(
      expect.arrayContaining(
        broken.map((key) => ({ path: 'password', message: memberMessage(key), messageKey: key, params: {} })),
      ),
    );
  });

  it('refuses a taken email or nickname as a 400 on that field', async () => {
    await fixture.signUp({ email: 'taken@example.com', nickname: '선점' });
    const email = toErrorBody((await failureOf(fixture.signUp({ email: 'TAKEN@example.com' }))) as TRPCError);
    expect(email).toMatchObject({
      code: 'BAD_REQUEST',
      issues: [{ path: 'email', message: memberMessage('emailTaken'), messageKey: 'emailTaken', params: {} }],
    });
    const nickname = toErrorBody((await failureOf(fixture.signUp({ nickname: '선점' }))) as TRPCError);
    expect(nickname.issues).toEqual([
      { path: 'nickname', message: memberMessage('nicknameTaken'), messageKey: 'nicknameTaken', params: {} },
    ]);
  });

  it('makes an ADMIN_EMAILS account an admin', async () => {
    const admin = await fixture.signUp({ email: 'boss@scentence.kr', nickname: '사장님' });
    expect(admin.role).toBe('admin');
  });
});

describe('availability checks', () => {
  it('tell whether an email or nickname is free', async () => {
    await fixture.signUp({ email: 'check@example.com', nickname: '확인용' });
    const at = { clientAddress: '203.0.113.50' };
    expect(await fixture.service.member.checkEmail({ email: 'check@example.com', ...at })).toEqual({
      available: false,
    });
    expect(await fixture.service.member.checkEmail({ email: 'free@example.com', ...at })).toEqual({ available: true });
    expect(await fixture.anonymous.member.checkNickname({ nickname: '확인용' })).toEqual({ available: false });
    expect(await fixture.anonymous.member.checkNickname({ nickname: '새이름' })).toEqual({ available: true });
  });

  it('are rate-limited per address, with the wait in the 429', async () => {
    const { limit } = fixture.deps.settings.limits.availabilityChecks;
    const at = { clientAddress: '203.0.113.77' };
    for (let i = 0; i < limit; i += 1) await fixture.service.member.checkNickname({ nickname: `이름${i}`, ...at });
    const error = await failureOf(fixture.service.member.checkNickname({ nickname: '하나더', ...at }));
    expect(error.code).toBe('TOO_MANY_REQUESTS');
    const body = toErrorBody(error as TRPCError);
    expect(body).toMatchObject({ messageKey: 'tooManyRequests', params: { seconds: expect.any(Number) } });
    expect(body.params?.seconds).toBeGreaterThan(0);
    expect(body.message).toBe(memberMessage('tooManyRequests', 'ko', body.params));
    // Another address is not affected; a minute later this one is free again.
    await expect(
      fixture.service.member.checkNickname({ nickname: '다른곳', clientAddress: '203.0.113.78' }),
    ).resolves.toEqual({ available: true });
    fixture.advance(61_000);
    await expect(fixture.service.member.checkNickname({ nickname: '하나더', ...at })).resolves.toEqual({
      available: true,
    });
  });

  it('ignore an address a browser claims: only a service may vouch for one', async () => {
    const { limit } = fixture.deps.settings.limits.availabilityChecks;
    for (let i = 0; i < limit; i += 1) {
      await fixture.anonymous.member.checkNickname({ nickname: `익명${i}`, clientAddress: `192.0.2.${i}` });
    }
    const error = await failureOf(
      fixture.anonymous.member.checkNickname({ nickname: '익명끝', clientAddress: '192.0.2.250' }),
    );
    expect(error.code).toBe('TOO_MANY_REQUESTS');
    fixture.advance(61_000);
  });
});

describe('member.verifyCredentials', () => {
  it('answers a wrong password and an unknown email with the same message', async () => {
    await fixture.signUp({ email: 'real@example.com', nickname: '진짜회원' });
    const wrong = await failureOf(signIn('real@example.com', 'Wrong#Pass1', '198.51.100.2'));
    const unknown = await failureOf(signIn('ghost@example.com', 'Wrong#Pass1', '198.51.100.2'));
    expect(wrong).toMatchObject({ code: 'UNAUTHORIZED', message: '이메일 또는 비밀번호가 올바르지 않습니다' });
    expect(unknown).toMatchObject({ code: wrong.code, message: wrong.message });
  });

  it('locks an account out after 5 failures in 15 minutes, even with the right password, then lets it in', async () => {
    await fixture.signUp({ email: 'target@example.com', nickname: '표적' });
    for (let i = 0; i < 5; i += 1) {
      const error = await failureOf(signIn('target@example.com', `Guess#${i}aA`, `198.51.100.${100 + i}`));
      expect(error.code).toBe('UNAUTHORIZED');
    }
    const blocked = await failureOf(signIn('target@example.com', STRONG_PASSWORD, '198.51.100.200'));
    expect(blocked.code).toBe('TOO_MANY_REQUESTS');
    const wait = Number(toErrorBody(blocked as TRPCError).params?.seconds);
    expect(wait).toBeGreaterThan(14 * 60);
    expect(wait).toBeLessThanOrEqual(15 * 60);

    fixture.advance(wait * 1000);
    const result = await signIn('target@example.com', STRONG_PASSWORD, '198.51.100.200');
    expect(result.status).toBe('signed_in');
  });

  it('counts parallel attempts exactly: no burst slips past the limit', async () => {
    const attempts = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        failureOf(signIn('burst@example.com', 'Burst#Pass1', `198.51.100.${150 + i}`)),
      ),
    );
    const codes = attempts.map((error) => error.code);
    expect(codes.filter((code) => code === 'UNAUTHORIZED')).toHaveLength(5);
    expect(codes.filter((code) => code === 'TOO_MANY_REQUESTS')).toHaveLength(7);
  });

  it('throttles one address trying many accounts', async () => {
    for (let i = 0; i < 5; i += 1) {
      await failureOf(signIn(`spray${i}@example.com`, 'Spray#1a', '198.51.100.66'));
    }
    const blocked = await failureOf(signIn('spray9@example.com', 'Spray#1a', '198.51.100.66'));
    expect(blocked.code).toBe('TOO_MANY_REQUESTS');
    fixture.advance(15 * 60_000);
  });

  it('refuses a locked member after checking the password', async () => {
    const member = await fixture.signUp({ email: 'locked@example.com', nickname: '잠긴회원' });
    await fixture.deps.members.changeStatus(member.id, 'locked', fixture.now());
    const error = await failureOf(signIn('locked@example.com', STRONG_PASSWORD, '198.51.100.3'));
    expect(error).toMatchObject({ code: 'FORBIDDEN', message: memberMessage('accountLocked') });
  });

  it('wakes a dormant member on sign-in', async () => {
    const member = await fixture.signUp({ email: 'sleepy@example.com', nickname: '휴면회원' });
    await fixture.deps.members.changeStatus(member.id, 'dormant', fixture.now());
    const result = await signIn('sleepy@example.com', STRONG_PASSWORD, '198.51.100.4');
    expect(result).toMatchObject({ status: 'signed_in', member: { status: 'normal' } });
  });

  it('is for services only', async () => {
    const member = await fixture.signUp();
    const input = { email: member.email ?? '', password: STRONG_PASSWORD, clientAddress: '1.2.3.4' };
    expect((await failureOf(fixture.anonymous.member.verifyCredentials(input))).code).toBe('UNAUTHORIZED');
    expect((await failureOf(fixture.as(member.id).member.verifyCredentials(input))).code).toBe('FORBIDDEN');
  });
});

describe('withdrawal and recovery', () => {
  it('hides the account at once, offers recovery at sign-in, and recovers within 30 days', async () => {
    const member = await fixture.signUp({ email: 'leaving@example.com', nickname: '떠나는이' });
    const me = fixture.as(member.id);
    const wrong = await failureOf(me.member.withdraw({ password: 'Wrong#Pass1' }));
    expect(toErrorBody(wrong as TRPCError).issues).toEqual([
      { path: 'password', message: memberMessage('passwordIncorrect'), messageKey: 'passwordIncorrect', params: {} },
    ]);

    const withdrawal = await me.member.withdraw({ password: STRONG_PASSWORD });
    expect(withdrawal.status).toBe('withdrawal_requested');
    expect(new Date(withdrawal.recoverableUntil).getTime() - fixture.now().getTime()).toBe(30 * 86_400_000);
    expect((await failureOf(me.member.me({}))).code).toBe('UNAUTHORIZED');

    fixture.advance(29 * 86_400_000);
    const offer = await signIn('leaving@example.com', STRONG_PASSWORD, '198.51.100.5');
    if (offer.status !== 'withdrawal_requested') throw new Error(`expected a recovery offer, got ${offer.status}`);
    const recovered = await fixture.anonymous.member.recover({ recoveryToken: offer.recoveryToken });
    expect(recovered).toMatchObject({ status: 'signed_in', member: { id: member.id, status: 'normal' } });
    expect((await me.member.me({})).status).toBe('normal');
  });

  it('purges after 30 days: the identifiers are gone and free for a new account', async () => {
    const member = await fixture.signUp({ email: 'gone@example.com', nickname: '사라질이' });
    await fixture.as(member.id).member.withdraw({ password: STRONG_PASSWORD });
    const offer = await signIn('gone@example.com', STRONG_PASSWORD, '198.51.100.6');
    const token = offer.status === 'withdrawal_requested' ? offer.recoveryToken : '';

    fixture.advance(30 * 86_400_000 + 1000);
    const admin = await fixture.signUpAdmin();
    const { purged } = await fixture.as(admin.id, 'admin').admin.purgeWithdrawals({});
    expect(purged).toBeGreaterThanOrEqual(1);

    const row = await fixture.deps.members.findById(member.id);
    expect(row).toMatchObject({ status: 'withdrawn', email: null, nickname: null, passwordHash: null });
    expect((await failureOf(fixture.anonymous.member.recover({ recoveryToken: token }))).code).toBe('UNAUTHORIZED');
    const again = await fixture.signUp({ email: 'gone@example.com', nickname: '사라질이' });
    expect(again.id).not.toBe(member.id);
  });
});

describe('profile and password', () => {
  it('changes nickname, user mode and secondary email', async () => {
    const member = await fixture.signUp();
    const me = fixture.as(member.id);
    const updated = await me.member.updateProfile({
      nickname: 'NewName7',
      userMode: 'expert',
      secondaryEmail: 'Backup@Example.com',
    });
    expect(updated).toMatchObject({ nickname: 'NewName7', userMode: 'expert', secondaryEmail: 'backup@example.com' });
    const cleared = await me.member.updateProfile({ secondaryEmail: null });
    expect(cleared).toMatchObject({ nickname: 'NewName7', secondaryEmail: null });
  });

  it('refuses a nickname another member holds, in any letter case', async () => {
    await fixture.signUp({ nickname: 'CaseName' });
    const member = await fixture.signUp();
    const error = await failureOf(fixture.as(member.id).member.updateProfile({ nickname: 'casename' }));
    expect(toErrorBody(error as TRPCError).issues).toEqual([
      { path: 'nickname', message: memberMessage('nicknameTaken'), messageKey: 'nicknameTaken', params: {} },
    ]);
  });

  it('changes the password after the current one is confirmed', async () => {
    const member = await fixture.signUp();
    const me = fixture.as(member.id);
    const wrong = await failureOf(
      me.member.changePassword({ currentPassword: 'Nope#1234', newPassword: 'N3w!Password' }),
    );
    expect(toErrorBody(wrong as TRPCError).issues[0]?.path).toBe('currentPassword');
    expect(await me.member.changePassword({ currentPassword: STRONG_PASSWORD, newPassword: 'N3w!Password' })).toEqual({
      changed: true,
    });
    const email = member.email ?? '';
    await expect(signIn(email, 'N3w!Password', '198.51.100.7')).resolves.toMatchObject({ status: 'signed_in' });
    expect((await failureOf(signIn(email, STRONG_PASSWORD, '198.51.100.7'))).code).toBe('UNAUTHORIZED');
  });
});
