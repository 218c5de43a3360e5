import { signAccessToken, signServiceToken, verifyAccessToken } from '@scentence/api/auth';
import { createServiceClient } from '@scentence/api/client';
import { memberMessage } from '@scentence/api/schemas';
import { TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MEMBER_SETTINGS } from '../../src/member/shared/memberSettings';
import type { BackendRouter } from '../../src/router';
import { startSecondHost, startTestBackend, type TestBackendHost } from '../support/backendHost';
import { restCall } from '../support/restCall';
import { AUTH_SECRET, STRONG_PASSWORD } from './memberFixture';

let backend: TestBackendHost;
let baseUrl: string;

beforeAll(async () => {
  backend = await startTestBackend(AUTH_SECRET, ['perfume', 'member']);
  baseUrl = backend.baseUrl;
});
afterAll(() => backend?.close());

const serviceClient = () =>
  createServiceClient<BackendRouter>({ url: baseUrl, getToken: () => signServiceToken(AUTH_SECRET) });

const post = (path: string, body: unknown, token?: string) => restCall(baseUrl, 'POST', path, { body, token });

describe('the service token', () => {
  it('proves a service, not a member', async () => {
    expect(await verifyAccessToken(AUTH_SECRET, await signServiceToken(AUTH_SECRET))).toEqual({
      service: 'web',
      role: 'service',
    });
    expect(
      await verifyAccessToken('another-secret-that-is-long-enough!!', await signServiceToken(AUTH_SECRET)),
    ).toBeNull();
  });

  it('lets next-auth sign up and verify credentials over tRPC; a member token may not verify', async () => {
    const web = serviceClient();
    const profile = await web.member.signUp.mutate({
      email: 'http@example.com',
      password: STRONG_PASSWORD,
      nickname: '웹회원',
      clientAddress: '203.0.113.1',
    });
    const result = await web.member.verifyCredentials.mutate({
      email: 'http@example.com',
      password: STRONG_PASSWORD,
      clientAddress: '203.0.113.1',
    });
    expect(result).toMatchObject({ status: 'signed_in', member: { id: profile.id, role: 'member' } });

    const memberToken = await signAccessToken(AUTH_SECRET, { memberId: profile.id, role: 'member' });
    const asMember = await post(
      '/members/credentials',
      { email: 'http@example.com', password: STRONG_PASSWORD, clientAddress: '203.0.113.1' },
      memberToken,
    );
    expect(asMember.status).toBe(403);
    const serviceOnMember = await fetch(`${baseUrl}/api/members/me`, {
      headers: { authorization: `Bearer ${await signServiceToken(AUTH_SECRET)}` },
    });
    expect(serviceOnMember.status).toBe(401);
  });

  it('tells a refusal over tRPC by its message key, which the web translates', async () => {
    const refusal = await serviceClient()
      .member.verifyCredentials.mutate({
        email: 'stranger@example.com',
        password: 'Guess#1234',
        clientAddress: '203.0.113.2',
      })
      .catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(TRPCClientError);
    expect((refusal as TRPCClientError<BackendRouter>).data).toMatchObject({
      httpStatus: 401,
      code: 'UNAUTHORIZED',
      message: memberMessage('invalidCredentials'),
      messageKey: 'invalidCredentials',
      params: {},
    });
  });
});

describe('a token signed with another secret', () => {
  const otherSecret = 'another-secret-another-secret-another!';
  const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });

  it('opens no protected operation, whatever member or role it names', async () => {
    const member = await serviceClient().member.signUp.mutate({
      email: 'forged@example.com',
      password: STRONG_PASSWORD,
      nickname: '위조대상',
      clientAddress: '203.0.113.5',
    });
    const genuine = await signAccessToken(AUTH_SECRET, { memberId: member.id, role: 'member' });
    const me = await fetch(`${baseUrl}/api/members/me`, bearer(genuine));
    expect(await me.json()).toMatchObject({ id: member.id });

    for (const role of ['member', 'admin'] as const) {
      const forged = await signAccessToken(otherSecret, { memberId: member.id, role });
      const forgedMe = await fetch(`${baseUrl}/api/members/me`, bearer(forged));
      expect(forgedMe.status).toBe(401);
      expect(await forgedMe.json()).toMatchObject({ code: 'UNAUTHORIZED' });
      expect((await fetch(`${baseUrl}/api/admin/members`, bearer(forged))).status).toBe(401);
    }
  });

  it("is not believed on a client's address, as a genuine service token is", async () => {
    // Its own host with a small limit; the throttling buckets live in member_db, shared with the other host.
    const checks = 3;
    const host = await startSecondHost(backend.databases, AUTH_SECRET, {
      limits: { ...DEFAULT_MEMBER_SETTINGS.limits, availabilityChecks: { limit: checks, windowMs: 60_000 } },
    });
    const url = host.baseUrl;
    try {
      const check = (nickname: string, init?: RequestInit, address?: string) =>
        fetch(
          `${url}/api/members/nickname-availability?nickname=${encodeURIComponent(nickname)}${address ? `&clientAddress=${address}` : ''}`,
          init,
        );
      // A genuine service vouches for each address, so new addresses are never throttled...
      const web = bearer(await signServiceToken(AUTH_SECRET));
      for (let i = 0; i <= checks; i += 1) expect((await check(`진짜${i}`, web, `198.51.100.${i}`)).status).toBe(200);
      // ...while a forged one is an anonymous caller whatever it claims: all its checks share one bucket.
      const forged = bearer(await signServiceToken(otherSecret));
      const statuses: number[] = [];
      for (let i = 0; i <= checks; i += 1) statuses.push((await check(`가짜${i}`, forged, `192.0.2.${i}`)).status);
      expect(statuses.at(-1)).toBe(429);
      expect((await check('익명', undefined)).status).toBe(429);
    } finally {
      await host.close();
    }
  });
});

describe('member procedures over REST', () => {
  it('answers with the bearer token, 401 without it', async () => {
    const web = serviceClient();
    const profile = await web.member.signUp.mutate({
      email: 'rest@example.com',
      password: STRONG_PASSWORD,
      nickname: '레스트',
    });
    const token = await signAccessToken(AUTH_SECRET, { memberId: profile.id, role: 'member' });
    const me = await fetch(`${baseUrl}/api/members/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(me.status).toBe(200);
    expect(await me.json()).toEqual(profile);
    const anonymous = await fetch(`${baseUrl}/api/members/me`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ code: 'UNAUTHORIZED' });

    const taken = await fetch(`${baseUrl}/api/members/email-availability?email=REST%40example.com`);
    expect(await taken.json()).toEqual({ available: false });
  });

  it('names the bad fields in a 400, each with its reason and message key', async () => {
    const bad = await post('/members', { email: 'x@example.com', password: 'weak', nickname: '!' });
    expect(bad.status).toBe(400);
    const issues = bad.body.issues as { path: string; message: string; messageKey?: string }[];
    expect(new Set(issues.map((issue) => issue.path))).toEqual(new Set(['password', 'nickname']));
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: 'password', message: memberMessage('passwordTooShort'), messageKey: 'passwordTooShort', params: {} },
        { path: 'nickname', message: memberMessage('nicknameLength'), messageKey: 'nicknameLength', params: {} },
        {
          path: 'nickname',
          message: memberMessage('nicknameCharacters'),
          messageKey: 'nicknameCharacters',
          params: {},
        },
      ]),
    );
  });

  it('answers a throttled login with 429 and the wait', async () => {
    const token = await signServiceToken(AUTH_SECRET);
    const attempt = () =>
      post(
        '/members/credentials',
        { email: 'nobody@example.com', password: 'Guess#1234', clientAddress: '203.0.113.9' },
        token,
      );
    for (let i = 0; i < DEFAULT_MEMBER_SETTINGS.limits.loginFailures.limit; i += 1) {
      const failure = await attempt();
      expect(failure.status).toBe(401);
      expect(failure.body).toMatchObject({
        message: '이메일 또는 비밀번호가 올바르지 않습니다',
        messageKey: 'invalidCredentials',
        params: {},
      });
    }
    const blocked = await attempt();
    expect(blocked.status).toBe(429);
    expect(blocked.body).toMatchObject({ code: 'TOO_MANY_REQUESTS', messageKey: 'tooManyRequests' });
    const { seconds } = blocked.body.params as { seconds: number };
    expect(seconds).toBeGreaterThan(0);
    expect(blocked.body.message).toBe(memberMessage('tooManyRequests', 'ko', { seconds }));
  });

  it('documents every member path, the public ones without a lock', async () => {
    const document = (await (await fetch(`${baseUrl}/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { security?: unknown[] }>>;
    };
    expect(document.paths['/members']?.post?.security).toEqual([]);
    expect(document.paths['/members/email-availability']?.get?.security).toEqual([]);
    expect(document.paths['/members/me']?.get?.security).toEqual([{ bearer: [] }]);
    expect(document.paths['/members/credentials']?.post?.security).toEqual([{ bearer: [] }]);
    expect(Object.keys(document.paths['/members/me/profile-image'] ?? {}).sort()).toEqual(['delete', 'put']);
    expect(document.paths['/admin/members/{id}/status']?.put).toBeDefined();
  });
});
