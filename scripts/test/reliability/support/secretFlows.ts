import { randomUUID } from 'node:crypto';
import { signAccessToken } from '@scentence/api/auth';
import type { Secret } from './logLeaks';
import { CookieJar, kakaoCallbackOnWeb, signInOnWeb } from './webSignIn';

export interface SystemUrls {
  webUrl: string;
  backendUrl: string;
}

/** What the flows did: each step's HTTP status by name, and every secret that went over the wire. */
export interface FlowRecord {
  statuses: Record<string, number>;
  secrets: Secret[];
}

interface Tokens {
  accessToken: string;
  refreshToken: string;
}

/** A password the sign-up rules accept (upper, lower, digit, symbol), different every run. */
const passwordLike = (label: string) => `${label}-Pw!${randomUUID().slice(0, 8)}A1`;

/**
 * Drives every flow that carries a secret, the way REST clients and browsers do: sign-up, a wrong
 * and a right login, refresh (and a refresh token used twice), revoke, a password change, a chat
 * turn with a bearer token (OpenAI refuses the key), forged and garbage bearer tokens, the web
 * login with its session cookie, a forged cookie, and Kakao sign-ins that Kakao refuses.
 */
export async function driveSecretFlows({ webUrl, backendUrl }: SystemUrls): Promise<FlowRecord> {
  const statuses: Record<string, number> = {};
  const secrets: Secret[] = [];
  const keep = (name: string, value: string) => secrets.push({ name, value });
  const call = async (step: string, url: string, init: RequestInit = {}, bearer?: string) => {
    const headers = new Headers(init.headers);
    if (init.body) headers.set('content-type', 'application/json');
    if (bearer) headers.set('authorization', `Bearer ${bearer}`);
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    statuses[step] = response.status;
    const text = await response.text();
    return { response, body: (text.startsWith('{') ? JSON.parse(text) : {}) as Record<string, unknown> };
  };
  const post = (step: string, path: string, body: unknown, bearer?: string) =>
    call(step, `${backendUrl}/api${path}`, { method: 'POST', body: JSON.stringify(body) }, bearer);
  const tokensOf = (body: Record<string, unknown>, label: string): Tokens => {
    const tokens = (body.tokens ?? body) as Tokens;
    keep(`${label} access token`, tokens.accessToken);
    keep(`${label} refresh token`, tokens.refreshToken);
    return tokens;
  };

  const email = `secrets-${randomUUID().slice(0, 8)}@example.com`;
  const password = passwordLike('first');
  const newPassword = passwordLike('second');
  const wrongPassword = passwordLike('wrong');
  keep('the sign-up password', password);
  keep('the new password', newPassword);
  keep('the wrong password', wrongPassword);

  await post('sign-up', '/members', { email, password, nickname: `s${randomUUID().slice(0, 8)}` });
  await post('login with a wrong password', '/auth/token', { email, password: wrongPassword });
  const first = tokensOf((await post('login', '/auth/token', { email, password })).body, 'the first login');
  const refreshed = tokensOf(
    (await post('refresh', '/auth/token/refresh', { refreshToken: first.refreshToken })).body,
    'the refreshed',
  );
  await post('a refresh token used twice', '/auth/token/refresh', { refreshToken: first.refreshToken });
  await post('refresh after the reuse', '/auth/token/refresh', { refreshToken: refreshed.refreshToken });
  const second = tokensOf((await post('second login', '/auth/token', { email, password })).body, 'the second login');
  await post('revoke', '/auth/token/revoke', { refreshToken: second.refreshToken });

  const me = (step: string, bearer: string) => call(step, `${backendUrl}/api/members/me`, {}, bearer);
  const { body: profile } = await me('profile with the bearer token', second.accessToken);
  const changePassword = (step: string, currentPassword: string) =>
    call(
      step,
      `${backendUrl}/api/members/me/password`,
      { method: 'PUT', body: JSON.stringify({ currentPassword, newPassword }) },
      second.accessToken,
    );
  await changePassword('password change with a wrong current password', wrongPassword);
  await changePassword('password change', password);
  const third = tokensOf(
    (await post('login with the new password', '/auth/token', { email, password: newPassword })).body,
    'the third login',
  );
  await post(
    'chat with the bearer token',
    '/chat/messages',
    { text: '여름에 쓸 시원한 향수 추천해줘' },
    third.accessToken,
  );

  const garbage = `garbage-${randomUUID()}`;
  const forged = await signAccessToken(`not-the-secret-${randomUUID()}`, {
    memberId: String(profile.id),
    role: 'admin',
  });
  keep('a garbage bearer token', garbage);
  keep('a forged bearer token', forged);
  await me('a garbage bearer token', garbage);
  await me('a forged bearer token', forged);
  await call('a bearer token through the web proxy', `${webUrl}/api/backend/members/me`, {}, forged);

  const kakaoAccessToken = `kakao-access-${randomUUID()}`;
  keep('a Kakao access token Kakao refuses', kakaoAccessToken);
  await post('Kakao sign-in over REST', '/auth/token/kakao', { kakaoAccessToken });

  await signInOnWeb(webUrl, email, wrongPassword);
  const web = await signInOnWeb(webUrl, email, newPassword);
  const session = web.session();
  statuses['web login gives a session cookie'] = session ? 200 : 401;
  if (session) keep('the session cookie', session);
  const withCookie = (step: string, path: string, jar: CookieJar) =>
    call(step, `${webUrl}${path}`, { headers: { cookie: jar.header() } });
  await withCookie('profile with the session cookie', '/api/backend/members/me', web);
  await withCookie('the wardrobe page with the session cookie', '/wardrobe', web);
  const forgedJar = new CookieJar();
  const forgedCookie = `forged-${randomUUID()}`;
  forgedJar.cookies.set('next-auth.session-token', forgedCookie);
  keep('a forged session cookie', forgedCookie);
  await withCookie('a forged session cookie', '/api/auth/session', forgedJar);
  statuses['Kakao callback on the web'] = (await kakaoCallbackOnWeb(webUrl)).status;
  return { statuses, secrets };
}
