/**
 * A REST integrator's program, written only against the types openapi-typescript generates from
 * the backend's /openapi.json (`./schema`, made at test time) and openapi-fetch: sign up, get
 * tokens, read and change the profile, refresh, and read a validation error. It prints what it
 * saw as JSON; `node integratorClient.ts <backend origin> <email>`.
 */
import createClient from 'openapi-fetch';
import type { paths } from './schema';

const [origin, email] = process.argv.slice(2);
if (!origin || !email) throw new Error('usage: integratorClient <backend origin> <email>');
const password = 'Integr8!on-pass';
const api = createClient<paths>({ baseUrl: `${origin}/api` });
const bearer = (accessToken: string) => ({ Authorization: `Bearer ${accessToken}` });

function fail(step: string, detail: unknown): never {
  throw new Error(`${step} failed: ${JSON.stringify(detail)}`);
}

const signUp = await api.POST('/members', { body: { email, password, nickname: '연동회원' } });
if (!signUp.data) fail('sign-up', signUp.error);

const signIn = await api.POST('/auth/token', { body: { email, password } });
const session = signIn.data;
if (session?.status !== 'signed_in') fail('sign-in', signIn.error ?? session);
const { accessToken, refreshToken } = session.tokens;

const anonymous = await api.GET('/members/me');

const me = await api.GET('/members/me', { headers: bearer(accessToken) });
if (!me.data) fail('profile', me.error);

const changed = await api.PATCH('/members/me', {
  headers: bearer(accessToken),
  body: { nickname: '바뀐연동', userMode: 'expert' },
});
if (!changed.data) fail('profile change', changed.error);

const refreshed = await api.POST('/auth/token/refresh', { body: { refreshToken } });
if (!refreshed.data) fail('refresh', refreshed.error);
const meAfterRefresh = await api.GET('/members/me', { headers: bearer(refreshed.data.accessToken) });
if (!meAfterRefresh.data) fail('profile after refresh', meAfterRefresh.error);

const invalid = await api.PATCH('/members/me', {
  headers: bearer(refreshed.data.accessToken),
  body: { nickname: '!' },
});
const oldRefresh = await api.POST('/auth/token/refresh', { body: { refreshToken } });

console.log(
  JSON.stringify({
    memberId: signUp.data.id,
    signedInAs: session.member.id,
    tokenType: session.tokens.tokenType,
    anonymous: { status: anonymous.response.status, code: anonymous.error?.code },
    me: { id: me.data.id, nickname: me.data.nickname, email: me.data.email },
    changed: { nickname: changed.data.nickname, userMode: changed.data.userMode },
    refreshedToken: refreshed.data.refreshToken !== refreshToken,
    meAfterRefresh: { id: meAfterRefresh.data.id, nickname: meAfterRefresh.data.nickname },
    invalid: {
      status: invalid.response.status,
      code: invalid.error?.code,
      paths: invalid.error?.issues.map((issue) => issue.path),
    },
    oldRefresh: { status: oldRefresh.response.status, code: oldRefresh.error?.code },
  }),
);
