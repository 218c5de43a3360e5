import { toErrorBody } from '@scentence/api';
import { memberMessage } from '@scentence/api/schemas';
import type { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  exchangeKakaoCode,
  type KakaoServer,
  type KakaoUser,
  type KakaoUserMe,
  kakaoSignInFields,
  startKakaoServer,
} from '../support/kakaoServer';
import { createMemberFixture, failureOf, type MemberFixture, STRONG_PASSWORD } from './memberFixture';

const CLIENT_ID = 'kakao-rest-api-key';
const CLIENT_SECRET = 'kakao-client-secret';
const REDIRECT_URI = 'http://localhost:3000/api/auth/callback/kakao';

let fixture: MemberFixture;
let kakao: KakaoServer;

beforeAll(async () => {
  [fixture, kakao] = await Promise.all([
    createMemberFixture(),
    startKakaoServer({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET }),
  ]);
});
afterAll(async () => {
  await kakao?.close();
  await fixture?.close();
});

/** What next-auth's Kakao provider does: authorize, trade the code for a token, read /v2/user/me. */
async function kakaoOAuth(user: KakaoUser): Promise<KakaoUserMe> {
  kakao.signInAs(user);
  const authorize = new URL(kakao.authorizeUrl);
  authorize.search = new URLSearchParams({
    client_id: CLIENT_ID,
    redirect_uri: REDIRECT_URI,
    response_type: 'code',
    state: 'state-123',
  }).toString();
  const redirect = await fetch(authorize, { redirect: 'manual' });
  expect(redirect.status).toBe(302);
  const callback = new URL(redirect.headers.get('location') ?? '');
  expect(callback.origin + callback.pathname).toBe(REDIRECT_URI);
  expect(callback.searchParams.get('state')).toBe('state-123');

  const token = await exchangeKakaoCode(
    kakao,
    { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, redirectUri: REDIRECT_URI },
    callback.searchParams.get('code') ?? '',
  );
  expect(token.status).toBe(200);
  const { access_token: accessToken } = (await token.json()) as { access_token: string };
  const me = await fetch(kakao.userInfoUrl, { headers: { authorization: `Bearer ${accessToken}` } });
  expect(me.status).toBe(200);
  return (await me.json()) as KakaoUserMe;
}

async function signInWithKakao(user: KakaoUser, clientAddress = '198.51.100.30') {
  const profile = await kakaoOAuth(user);
  return fixture.service.member.signInWithKakao({ ...kakaoSignInFields(profile), clientAddress });
}

describe('the fake Kakao server', () => {
  it("answers in Kakao's shapes and refuses a reused code or an unknown token", async () => {
    kakao.signInAs({ id: 4000001, nickname: '형태', email: 'shape@kakao.com' });
    const redirect = await fetch(
      `${kakao.authorizeUrl}?client_id=${CLIENT_ID}&redirect_uri=${encodeURIComponent(REDIRECT_URI)}`,
      {
        redirect: 'manual',
      },
    );
    const code = new URL(redirect.headers.get('location') ?? '').searchParams.get('code') ?? '';
    const exchange = () =>
      fetch(kakao.tokenUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          authorization: `Basic ${Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString('base64')}`,
        },
        body: new URLSearchParams({ grant_type: 'authorization_code', redirect_uri: REDIRECT_URI, code }),
      });
    const first = await exchange();
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ token_type: 'bearer', expires_in: expect.any(Number) });
    expect((await exchange()).status).toBe(400);
    expect((await fetch(kakao.userInfoUrl, { headers: { authorization: 'Bearer nope' } })).status).toBe(401);

    const me = await kakaoOAuth({
      id: 4000002,
      nickname: '모양',
      email: 'form@kakao.com',
      profileImageUrl: 'http://k.kakaocdn.net/p.jpg',
    });
    expect(me).toMatchObject({
      id: 4000002,
      kakao_account: {
        email: 'form@kakao.com',
        is_email_verified: true,
        profile: { nickname: '모양', profile_image_url: 'http://k.kakaocdn.net/p.jpg' },
      },
    });
  });
});

describe('member.signInWithKakao', () => {
  it('creates a member on the first Kakao login and finds the same one afterwards', async () => {
    const user = { id: 5000001, nickname: '카카오 친구!', email: null };
    const first = await signInWithKakao(user);
    if (first.status !== 'signed_in') throw new Error(first.status);
    expect(first.created).toBe(true);
    expect(first.member).toMatchObject({ email: null, nickname: '카카오친구', hasPassword: false, kakaoLinked: true });

    const second = await signInWithKakao(user);
    expect(second).toMatchObject({ status: 'signed_in', created: false, member: { id: first.member.id } });
  });

  it('asks for the password when the verified email belongs to an email account, then links them', async () => {
    const account = await fixture.signUp({ email: 'both@example.com', nickname: '둘다' });
    const user = { id: 5000002, nickname: '둘다카카오', email: 'both@example.com' };
    const asked = await signInWithKakao(user);
    if (asked.status !== 'link_required') throw new Error(asked.status);
    expect(asked.email).toBe('both@example.com');

    const wrong = await failureOf(
      fixture.service.member.linkKakao({
        linkToken: asked.linkToken,
        password: 'Wrong#Pass1',
        clientAddress: '198.51.100.30',
      }),
    );
    expect(toErrorBody(wrong as TRPCError).issues).toEqual([
      { path: 'password', message: memberMessage('passwordIncorrect'), messageKey: 'passwordIncorrect', params: {} },
    ]);

    const linked = await fixture.service.member.linkKakao({
      linkToken: asked.linkToken,
      password: STRONG_PASSWORD,
      clientAddress: '198.51.100.30',
    });
    expect(linked).toMatchObject({
      status: 'signed_in',
      member: { id: account.id, kakaoLinked: true, hasPassword: true },
    });
    expect(await signInWithKakao(user)).toMatchObject({
      status: 'signed_in',
      created: false,
      member: { id: account.id },
    });
    await expect(
      fixture.service.member.verifyCredentials({
        email: 'both@example.com',
        password: STRONG_PASSWORD,
        clientAddress: '198.51.100.31',
      }),
    ).resolves.toMatchObject({ member: { id: account.id } });
  });

  it('does not trust an unverified Kakao email: no link, no email on the new member', async () => {
    const account = await fixture.signUp({ email: 'victim@example.com', nickname: '피해자' });
    const result = await signInWithKakao({
      id: 5000003,
      nickname: '사칭',
      email: 'victim@example.com',
      emailVerified: false,
    });
    if (result.status !== 'signed_in') throw new Error(result.status);
    expect(result.member.id).not.toBe(account.id);
    expect(result.member.email).toBeNull();
  });

  it('gives a new Kakao member a free nickname and makes an ADMIN_EMAILS address an admin', async () => {
    await fixture.signUp({ nickname: '인기닉' });
    const result = await signInWithKakao({ id: 5000004, nickname: '인기닉', email: 'admin5@scentence.kr' });
    if (result.status !== 'signed_in') throw new Error(result.status);
    expect(result.member.nickname).toMatch(/^인기닉\d+$/);
    expect(result.member).toMatchObject({ email: 'admin5@scentence.kr', role: 'admin' });
  });

  it('refuses a link token that expired or was altered', async () => {
    await fixture.signUp({ email: 'late@example.com', nickname: '늦은이' });
    const asked = await signInWithKakao({ id: 5000005, nickname: '늦은카카오', email: 'late@example.com' });
    if (asked.status !== 'link_required') throw new Error(asked.status);
    const [header, , signature] = asked.linkToken.split('.');
    const forgedPayload = Buffer.from(JSON.stringify({ sub: 'x', email: 'late@example.com', kakaoId: '1' })).toString(
      'base64url',
    );
    const forged = await failureOf(
      fixture.service.member.linkKakao({
        linkToken: `${header}.${forgedPayload}.${signature}`,
        password: STRONG_PASSWORD,
        clientAddress: '198.51.100.32',
      }),
    );
    expect(forged).toMatchObject({
      code: 'UNAUTHORIZED',
      messageKey: 'linkExpired',
      message: memberMessage('linkExpired'),
    });

    fixture.advance(16 * 60_000);
    const expired = await failureOf(
      fixture.service.member.linkKakao({
        linkToken: asked.linkToken,
        password: STRONG_PASSWORD,
        clientAddress: '198.51.100.32',
      }),
    );
    expect(expired).toMatchObject({ code: 'UNAUTHORIZED', message: memberMessage('linkExpired') });
  });

  it('offers recovery to a Kakao member who asked to withdraw', async () => {
    const user = { id: 5000006, nickname: '돌아올이' };
    const first = await signInWithKakao(user);
    if (first.status !== 'signed_in') throw new Error(first.status);
    await fixture.as(first.member.id).member.withdraw({});
    const again = await signInWithKakao(user);
    if (again.status !== 'withdrawal_requested') throw new Error(again.status);
    const recovered = await fixture.anonymous.member.recover({ recoveryToken: again.recoveryToken });
    expect(recovered).toMatchObject({ status: 'signed_in', member: { id: first.member.id, status: 'normal' } });
  });

  it('is for services only', async () => {
    const input = { kakaoId: '5000007', nickname: '누구', clientAddress: '1.2.3.4' };
    expect((await failureOf(fixture.anonymous.member.signInWithKakao(input))).code).toBe('UNAUTHORIZED');
    const member = await fixture.signUp();
    expect((await failureOf(fixture.as(member.id).member.signInWithKakao(input))).code).toBe('FORBIDDEN');
    expect(
      (
        await failureOf(
          fixture.as(member.id).member.linkKakao({ linkToken: 'x', password: 'y', clientAddress: '1.2.3.4' }),
        )
      ).code,
    ).toBe('FORBIDDEN');
  });
});
