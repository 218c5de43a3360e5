import { signAccessToken, signServiceToken, verifyAccessToken } from '@scentence/api/auth';
import { createServiceClient } from '@scentence/api/client';
import { retryAfterSecondsOf } from '@scentence/api/schemas';
import { createTestDatabases, type TestDatabases } from '@scentence/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MEMBER_SETTINGS } from '../../src/member/memberSettings';
import type { BackendRouter } from '../../src/router';
import { createBackendService } from '../../src/service';
import { AUTH_SECRET, STRONG_PASSWORD } from './memberFixture';

let databases: TestDatabases;
let baseUrl: string;
let close: () => Promise<void>;

beforeAll(async () => {
  databases = await createTestDatabases(['perfume', 'member']);
  const { host } = createBackendService(databases, {
    authSecret: AUTH_SECRET,
    corsOrigins: [],
    member: { ...DEFAULT_MEMBER_SETTINGS, purgeIntervalMs: 0 },
  });
  baseUrl = `http://127.0.0.1:${await host.listen(0, '127.0.0.1')}`;
  close = host.close;
});
afterAll(async () => {
  await close?.();
  await databases?.close();
});

const serviceClient = () =>
  createServiceClient<BackendRouter>({ url: baseUrl, getToken: () => signServiceToken(AUTH_SECRET) });

async function post(path: string, body: unknown, token?: string) {
  const response = await fetch(`${baseUrl}/api${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

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

  it('names the bad fields in a 400', async () => {
    const bad = await post('/members', { email: 'x@example.com', password: 'weak', nickname: '!' });
    expect(bad.status).toBe(400);
    const paths = (bad.body.issues as { path: string }[]).map((issue) => issue.path);
    expect(new Set(paths)).toEqual(new Set(['password', 'nickname']));
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
      expect(failure.body.message).toBe('이메일 또는 비밀번호가 올바르지 않습니다');
    }
    const blocked = await attempt();
    expect(blocked.status).toBe(429);
    expect(retryAfterSecondsOf(String(blocked.body.message))).toBeGreaterThan(0);
  });

  it('documents every member path, the public ones without a lock', async () => {
    const document = (await (await fetch(`${baseUrl}/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { security?: unknown[] }>>;
    };
    expect(document.paths['/members']?.post?.security).toBeUndefined();
    expect(document.paths['/members/email-availability']?.get?.security).toBeUndefined();
    expect(document.paths['/members/me']?.get?.security).toEqual([{ Authorization: [] }]);
    expect(document.paths['/members/credentials']?.post?.security).toEqual([{ Authorization: [] }]);
    expect(Object.keys(document.paths['/members/me/profile-image'] ?? {}).sort()).toEqual(['delete', 'put']);
    expect(document.paths['/admin/members/{id}/status']?.put).toBeDefined();
  });
});
