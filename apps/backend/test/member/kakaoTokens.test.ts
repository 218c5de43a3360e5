import http from 'node:http';
import { createCallerFactory } from '@scentence/api';
import { verifyAccessToken } from '@scentence/api/auth';
import { memberMessage } from '@scentence/api/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exchangeKakaoCode, type KakaoServer, type KakaoUser, startKakaoServer } from '../support/kakaoServer';
import { AUTH_SECRET, createMemberFixture, failureOf, type MemberFixture, STRONG_PASSWORD } from './memberFixture';

const CLIENT_ID = 'kakao-native-app-key';
const REDIRECT_URI = 'kakao-native-app-key://oauth';

let fixture: MemberFixture;
let kakao: KakaoServer;

beforeAll(async () => {
  kakao = await startKakaoServer({ clientId: CLIENT_ID });
  fixture = await createMemberFixture({ settings: { kakaoUserInfoUrl: kakao.userInfoUrl } });
});
afterAll(async () => {
  await fixture?.close();
  await kakao?.close();
});

const token = () =>
  createCallerFactory(fixture.router)({ caller: null, connectionAddress: '198.51.100.40' }).member.token;

/** What Kakao's login SDK hands a mobile app: an access token for the user who approved. */
async function kakaoAccessTokenOf(user: KakaoUser): Promise<string> {
  kakao.signInAs(user);
  const authorize = new URL(kakao.authorizeUrl);
  authorize.search = new URLSearchParams({ client_id: CLIENT_ID, redirect_uri: REDIRECT_URI }).toString();
  const redirect = await fetch(authorize, { redirect: 'manual' });
  const code = new URL(redirect.headers.get('location') ?? '').searchParams.get('code') ?? '';
  const exchange = await exchangeKakaoCode(kakao, { clientId: CLIENT_ID, redirectUri: REDIRECT_URI }, code);
  return ((await exchange.json()) as { access_token: string }).access_token;
}

/** Points the backend at another user-info endpoint for one call. */
async function withUserInfoUrl<T>(url: string, call: () => Promise<T>): Promise<T> {
  const settings = fixture.deps.settings;
  const original = settings.kakaoUserInfoUrl;
  settings.kakaoUserInfoUrl = url;
  try {
    return await call();
  } finally {
    settings.kakaoUserInfoUrl = original;
  }
}

describe('POST /auth/token/kakao', () => {
  it('creates the member on a first Kakao sign-in and answers tokens for them; the next one finds them', async () => {
    const user = { id: 6100001, nickname: '모바일향', email: null };
    const first = await token().kakao({ kakaoAccessToken: await kakaoAccessTokenOf(user) });
    if (first.status !== 'signed_in') throw new Error(first.status);
    expect(first).toMatchObject({ created: true, member: { nickname: '모바일향', kakaoLinked: true } });
    expect(await verifyAccessToken(AUTH_SECRET, first.tokens.accessToken)).toEqual({
      memberId: first.member.id,
      role: 'member',
    });
    expect(kakao.requests).toContain('GET /v2/user/me');

    const again = await token().kakao({ kakaoAccessToken: await kakaoAccessTokenOf(user) });
    expect(again).toMatchObject({ status: 'signed_in', created: false, member: { id: first.member.id } });
    const refreshed = await token().refresh({ refreshToken: first.tokens.refreshToken });
    expect(await verifyAccessToken(AUTH_SECRET, refreshed.accessToken)).toMatchObject({ memberId: first.member.id });
  });

  it("asks for the password of the email account Kakao's verified email belongs to, then links and answers tokens", async () => {
    const account = await fixture.signUp({ email: 'mobile.both@example.com', nickname: '모바일둘다' });
    const user = { id: 6100002, nickname: '둘다모바일', email: 'mobile.both@example.com' };
    const asked = await token().kakao({ kakaoAccessToken: await kakaoAccessTokenOf(user) });
    if (asked.status !== 'link_required') throw new Error(asked.status);
    expect(asked).not.toHaveProperty('tokens');

    const linked = await token().linkKakao({ linkToken: asked.linkToken, password: STRONG_PASSWORD });
    if (linked.status !== 'signed_in') throw new Error(linked.status);
    expect(linked.member).toMatchObject({ id: account.id, kakaoLinked: true });
    expect(await verifyAccessToken(AUTH_SECRET, linked.tokens.accessToken)).toMatchObject({ memberId: account.id });
  });

  it('answers 401 for a token Kakao does not know', async () => {
    const error = await failureOf(token().kakao({ kakaoAccessToken: 'made-up-kakao-token' }));
    expect(error).toMatchObject({ code: 'UNAUTHORIZED', message: memberMessage('kakaoTokenInvalid') });
  });

  it('answers 503 when Kakao cannot be reached or answers nonsense', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const address = closed.address();
    const deadUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/v2/user/me`;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const unreachable = await withUserInfoUrl(deadUrl, () => failureOf(token().kakao({ kakaoAccessToken: 'any' })));
    expect(unreachable).toMatchObject({ code: 'SERVICE_UNAVAILABLE', message: memberMessage('kakaoUnavailable') });

    const nonsense = await withUserInfoUrl(`${kakao.url}/not-user-info`, () =>
      failureOf(token().kakao({ kakaoAccessToken: 'any' })),
    );
    expect(nonsense).toMatchObject({ code: 'SERVICE_UNAVAILABLE', message: memberMessage('kakaoUnavailable') });
  });
});
