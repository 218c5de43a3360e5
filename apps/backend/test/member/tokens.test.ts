import { createCallerFactory, toErrorBody } from '@scentence/api';
import { verifyAccessToken } from '@scentence/api/auth';
import {
  type MemberMessageKey,
  type MemberTokenResult,
  type MemberTokens,
  memberMessage,
  REFRESH_TOKEN_TTL_DAYS,
  REST_ACCESS_TOKEN_TTL_SECONDS,
} from '@scentence/api/schemas';
import type { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMemberMaintenance } from '../../src/member/shared/memberMaintenance';
import { AUTH_SECRET, createMemberFixture, failureOf, type MemberFixture, STRONG_PASSWORD } from './memberFixture';

const NEW_PASSWORD = 'Fre5h!Scent';
const DAY_MS = 86_400_000;

let fixture: MemberFixture;
let admin: Awaited<ReturnType<MemberFixture['signUpAdmin']>>;

beforeAll(async () => {
  fixture = await createMemberFixture();
  admin = await fixture.signUpAdmin();
});
afterAll(() => fixture?.close());

/** A REST caller connecting from `address` (the backend throttles direct callers by it). */
const from = (address = '198.51.100.20') =>
  createCallerFactory(fixture.router)({ caller: null, connectionAddress: address }).member.token;

function tokensOf(result: MemberTokenResult): MemberTokens {
  if (result.status !== 'signed_in') throw new Error(`expected signed_in, got ${result.status}`);
  return result.tokens;
}

/** A member and the tokens of one password sign-in. */
async function signedIn(address?: string) {
  const member = await fixture.signUp();
  const result = await from(address).password({ email: member.email ?? '', password: STRONG_PASSWORD });
  return { member, tokens: tokensOf(result) };
}

/** What the member's access token lets its holder do: read their own profile. */
async function profileWith(accessToken: string) {
  const verified = await verifyAccessToken(AUTH_SECRET, accessToken);
  if (!verified || verified.role === 'service') throw new Error('not a member token');
  return fixture.as(verified.memberId, verified.role).member.me({});
}

async function expectRefused(call: Promise<unknown>, code: string, key: MemberMessageKey) {
  const error = await failureOf(call);
  expect(error.code).toBe(code);
  expect(error.message).toBe(memberMessage(key));
}

describe('POST /auth/token (email and password)', () => {
  it('answers an access token for the member and a refresh token', async () => {
    const { member, tokens } = await signedIn();
    expect(tokens).toMatchObject({ tokenType: 'Bearer', expiresIn: REST_ACCESS_TOKEN_TTL_SECONDS });
    expect((await profileWith(tokens.accessToken)).id).toBe(member.id);
    expect(new Date(tokens.refreshTokenExpiresAt).getTime()).toBe(
      fixture.now().getTime() + REFRESH_TOKEN_TTL_DAYS * DAY_MS,
    );
  });

  it('keeps only a hash of the refresh token in member_db', async () => {
    const { tokens } = await signedIn();
    const rows = await fixture.databases.get('member')`SELECT token_hash FROM refresh_tokens`;
    const stored = rows.map((row) => String(row.token_hash));
    expect(stored.length).toBeGreaterThan(0);
    expect(stored).not.toContain(tokens.refreshToken);
    expect(stored.every((hash) => /^[0-9a-f]{64}$/.test(hash))).toBe(true);
  });

  it('answers a wrong password and an unknown email with the same 401', async () => {
    const member = await fixture.signUp();
    await expectRefused(
      from().password({ email: member.email ?? '', password: 'Wrong!Pass1' }),
      'UNAUTHORIZED',
      'invalidCredentials',
    );
    await expectRefused(
      from().password({ email: 'nobody@example.com', password: STRONG_PASSWORD }),
      'UNAUTHORIZED',
      'invalidCredentials',
    );
  });

  it('names the field of a malformed request', async () => {
    const error = await failureOf(from().password({ email: 'someone@example.com', password: '' }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(toErrorBody(error as TRPCError).issues.map((issue) => issue.path)).toEqual(['password']);
  });

  it('throttles repeated failures per account, shared with the web login, then lets the owner in again', async () => {
    const member = await fixture.signUp();
    const email = member.email ?? '';
    // Each failure from another address: only the account's own count can stop the sixth.
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await expectRefused(
        from(`203.0.113.${attempt}`).password({ email, password: 'Wrong!Pass1' }),
        'UNAUTHORIZED',
        'invalidCredentials',
      );
    }
    const blocked = await failureOf(from('203.0.113.99').password({ email, password: STRONG_PASSWORD }));
    expect(blocked.code).toBe('TOO_MANY_REQUESTS');
    const web = await failureOf(
      fixture.service.member.verifyCredentials({ email, password: STRONG_PASSWORD, clientAddress: '192.0.2.1' }),
    );
    expect(web.code).toBe('TOO_MANY_REQUESTS');

    fixture.advance(16 * 60_000);
    expect((await from('203.0.113.99').password({ email, password: STRONG_PASSWORD })).status).toBe('signed_in');
  });

  it('throttles one address that tries many accounts, not the callers at other addresses', async () => {
    const members = [await fixture.signUp(), await fixture.signUp(), await fixture.signUp()];
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const email = `guess${attempt}@example.com`;
      await expectRefused(
        from('198.51.100.66').password({ email, password: 'Wrong!Pass1' }),
        'UNAUTHORIZED',
        'invalidCredentials',
      );
    }
    const [first, second] = members;
    const blocked = await failureOf(
      from('198.51.100.66').password({ email: first?.email ?? '', password: STRONG_PASSWORD }),
    );
    expect(blocked.code).toBe('TOO_MANY_REQUESTS');
    const elsewhere = await from('198.51.100.67').password({ email: second?.email ?? '', password: STRONG_PASSWORD });
    expect(elsewhere.status).toBe('signed_in');
  });

  it('refuses a locked account with 403, as the web login does', async () => {
    const member = await fixture.signUp();
    await fixture.as(admin.id, 'admin').admin.members.setStatus({ id: member.id, status: 'locked' });
    await expectRefused(
      from().password({ email: member.email ?? '', password: STRONG_PASSWORD }),
      'FORBIDDEN',
      'accountLocked',
    );
  });
});

describe('POST /auth/token/refresh', () => {
  it('rotates: new tokens for the same member, and the old refresh token stops working', async () => {
    const { member, tokens } = await signedIn();
    const next = await from().refresh({ refreshToken: tokens.refreshToken });
    expect(next.refreshToken).not.toBe(tokens.refreshToken);
    expect((await profileWith(next.accessToken)).id).toBe(member.id);
    await expectRefused(from().refresh({ refreshToken: tokens.refreshToken }), 'UNAUTHORIZED', 'signInAgain');
  });

  it('revokes the whole sign-in when an exchanged refresh token comes back, and only that sign-in', async () => {
    const { member, tokens: stolen } = await signedIn();
    const otherDevice = tokensOf(await from().password({ email: member.email ?? '', password: STRONG_PASSWORD }));
    const legitimate = await from().refresh({ refreshToken: stolen.refreshToken });

    await expectRefused(from().refresh({ refreshToken: stolen.refreshToken }), 'UNAUTHORIZED', 'signInAgain');
    await expectRefused(from().refresh({ refreshToken: legitimate.refreshToken }), 'UNAUTHORIZED', 'signInAgain');
    expect(fixture.logged.some((line) => line.includes(member.id))).toBe(true);
    expect((await from().refresh({ refreshToken: otherDevice.refreshToken })).tokenType).toBe('Bearer');
  });

  it('answers 401 for an unknown or expired refresh token, 400 for one that cannot be a token', async () => {
    await expectRefused(from().refresh({ refreshToken: 'not-a-token-we-issued' }), 'UNAUTHORIZED', 'signInAgain');
    const { tokens } = await signedIn();
    fixture.advance((REFRESH_TOKEN_TTL_DAYS + 1) * DAY_MS);
    await expectRefused(from().refresh({ refreshToken: tokens.refreshToken }), 'UNAUTHORIZED', 'signInAgain');
    expect((await failureOf(from().refresh({ refreshToken: 'x'.repeat(600) }))).code).toBe('BAD_REQUEST');
  });

  it('leaves live refresh tokens to the maintenance and drops the expired ones', async () => {
    const { tokens: expiring } = await signedIn();
    fixture.advance(REFRESH_TOKEN_TTL_DAYS * DAY_MS - 60_000);
    const { tokens: fresh } = await signedIn();
    fixture.advance(2 * 60_000);
    const countOf = async () =>
      Number((await fixture.databases.get('member')`SELECT count(*) AS n FROM refresh_tokens`)[0]?.n);
    const before = await countOf();

    await runMemberMaintenance(fixture.deps);
    expect(await countOf()).toBeLessThan(before);
    await expectRefused(from().refresh({ refreshToken: expiring.refreshToken }), 'UNAUTHORIZED', 'signInAgain');
    expect((await from().refresh({ refreshToken: fresh.refreshToken })).tokenType).toBe('Bearer');
  });

  it('refuses the refresh token of a member locked since (403), then for good (401)', async () => {
    const { member, tokens } = await signedIn();
    await fixture.as(admin.id, 'admin').admin.members.setStatus({ id: member.id, status: 'locked' });
    await expectRefused(from().refresh({ refreshToken: tokens.refreshToken }), 'FORBIDDEN', 'accountLocked');
    await fixture.as(admin.id, 'admin').admin.members.setStatus({ id: member.id, status: 'normal' });
    await expectRefused(from().refresh({ refreshToken: tokens.refreshToken }), 'UNAUTHORIZED', 'signInAgain');
  });
});

describe('POST /auth/token/revoke', () => {
  it('signs one device out and leaves the others signed in', async () => {
    const { member, tokens } = await signedIn();
    const otherDevice = tokensOf(await from().password({ email: member.email ?? '', password: STRONG_PASSWORD }));
    const rotated = await from().refresh({ refreshToken: tokens.refreshToken });

    expect(await from().revoke({ refreshToken: tokens.refreshToken })).toEqual({ revoked: true });
    await expectRefused(from().refresh({ refreshToken: rotated.refreshToken }), 'UNAUTHORIZED', 'signInAgain');
    expect(await from().revoke({ refreshToken: rotated.refreshToken })).toEqual({ revoked: false });
    expect(await from().revoke({ refreshToken: 'never-issued' })).toEqual({ revoked: false });
    expect((await from().refresh({ refreshToken: otherDevice.refreshToken })).tokenType).toBe('Bearer');
  });
});

describe('revocation with the account', () => {
  it('revokes every refresh token of the member when the password changes', async () => {
    const { member, tokens: phone } = await signedIn();
    const tablet = tokensOf(await from().password({ email: member.email ?? '', password: STRONG_PASSWORD }));
    await fixture.as(member.id).member.changePassword({ currentPassword: STRONG_PASSWORD, newPassword: NEW_PASSWORD });

    for (const tokens of [phone, tablet]) {
      await expectRefused(from().refresh({ refreshToken: tokens.refreshToken }), 'UNAUTHORIZED', 'signInAgain');
    }
    const again = await from().password({ email: member.email ?? '', password: NEW_PASSWORD });
    expect(again.status).toBe('signed_in');
  });

  it('revokes them on withdrawal; signing in then offers recovery, which answers tokens', async () => {
    const { member, tokens } = await signedIn();
    await fixture.as(member.id).member.withdraw({ password: STRONG_PASSWORD });
    await expectRefused(from().refresh({ refreshToken: tokens.refreshToken }), 'UNAUTHORIZED', 'signInAgain');

    const offer = await from().password({ email: member.email ?? '', password: STRONG_PASSWORD });
    if (offer.status !== 'withdrawal_requested') throw new Error(`expected a recovery offer, got ${offer.status}`);
    expect(offer).not.toHaveProperty('tokens');

    const recovered = tokensOf(await from().recover({ recoveryToken: offer.recoveryToken }));
    const profile = await profileWith(recovered.accessToken);
    expect(profile).toMatchObject({ id: member.id, status: 'normal' });
    expect((await from().refresh({ refreshToken: recovered.refreshToken })).tokenType).toBe('Bearer');
  });
});
