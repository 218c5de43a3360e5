/**
 * No secret, token or password in a log line: the whole system started as `npm start` starts it
 * (scripts/start.ts: the three services and the web app) with known secrets in its environment,
 * every flow that carries a secret driven over HTTP, and everything its processes wrote to stdout
 * and stderr searched for them. The system is stopped before the search, so the shutdown's lines
 * are in it too.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSystem, startSystem } from '../../../e2e/support/system';
import { ensureWebBuilt } from './support/ensureWebBuilt';
import { type FakeUpstreams, startFakeUpstreams } from './support/fakeUpstreams';
import { leaksIn, type Secret } from './support/logLeaks';
import { driveSecretFlows, type FlowRecord } from './support/secretFlows';

const configured = {
  AUTH_SECRET: `auth-secret-${randomUUID()}`,
  OPENAI_API_KEY: `sk-test-${randomUUID()}`,
  KAKAO_CLIENT_SECRET: `kakao-client-secret-${randomUUID()}`,
};

let upstreams: FakeUpstreams;
let system: RunningSystem | undefined;
let output = '';
let flows: FlowRecord;

beforeAll(async () => {
  await ensureWebBuilt();
  upstreams = await startFakeUpstreams();
  system = await startSystem(
    {
      ...configured,
      OPENAI_BASE_URL: upstreams.openAiBaseUrl,
      CHAT_OPENAI_TIMEOUT_SECONDS: '5',
      KAKAO_CLIENT_ID: 'kakao-client-id',
      KAKAO_AUTH_URL: upstreams.kakao.authUrl,
      KAKAO_TOKEN_URL: upstreams.kakao.tokenUrl,
      KAKAO_USERINFO_URL: upstreams.kakao.userInfoUrl,
    },
    { onOutput: (text) => (output += text) },
  ).catch((error: unknown) => {
    throw new Error(`the system did not start; it wrote:\n${output.slice(-4000)}`, { cause: error });
  });
  flows = await driveSecretFlows(system);
  await system.stop();
}, 180_000);

afterAll(async () => {
  await system?.stop();
  await upstreams?.close();
});

const allSecrets = (): Secret[] => [
  ...Object.entries(configured).map(([name, value]) => ({ name, value })),
  ...flows.secrets,
];

describe('the flows that carry secrets', () => {
  it('ran as a user would see them', () => {
    expect(flows.statuses).toEqual({
      'sign-up': 200,
      'login with a wrong password': 401,
      login: 200,
      refresh: 200,
      'a refresh token used twice': 401,
      'refresh after the reuse': 401,
      'second login': 200,
      revoke: 200,
      'profile with the bearer token': 200,
      'password change with a wrong current password': 400,
      'password change': 200,
      'login with the new password': 200,
      'chat with the bearer token': 200,
      'a garbage bearer token': 401,
      'a forged bearer token': 401,
      'a bearer token through the web proxy': 401,
      'Kakao sign-in over REST': 401,
      'web login gives a session cookie': 200,
      'profile with the session cookie': 200,
      'the wardrobe page with the session cookie': 200,
      'a forged session cookie': 200,
      'Kakao callback on the web': 302,
    });
  });

  it('handed the configured secrets to the upstreams, so they were in the processes', () => {
    expect(upstreams.calls.openAiAuthorizations).toContain(`Bearer ${configured.OPENAI_API_KEY}`);
    expect(upstreams.calls.kakaoTokenBodies.join('\n')).toContain(configured.KAKAO_CLIENT_SECRET);
    expect(upstreams.calls.kakaoUserInfoAuthorizations.length).toBeGreaterThan(0);
  });
});

describe('the logs of every process of the system', () => {
  it('hold the lines the flows caused, from the services and from the web app', () => {
    expect(output).toContain('Scentence is up');
    expect(output).toContain('a used refresh token came back; signed out its device');
    // OpenAI refused the key, echoing it: the reason is logged with the key cut out.
    expect(output).toMatch(/chat turn engine=offline .*fallback="401 Incorrect API key provided: \[redacted\]\./);
    expect(output).toContain('[next-auth][error][JWT_SESSION_ERROR]');
    expect(output).toContain('[next-auth][error][OAUTH_CALLBACK_ERROR]');
  });

  it('hold no secret, token, password, Bearer value or cookie value', () => {
    const lines = output.split('\n').length;
    expect(lines).toBeGreaterThan(5);
    expect(leaksIn(output, allSecrets()), `${lines} lines searched`).toEqual([]);
  });

  it('would be caught: the search finds a secret planted in a line', () => {
    const planted = allSecrets().at(-1) as Secret;
    expect(leaksIn(`${output}\n[backend] oops ${planted.value}`, allSecrets())).not.toEqual([]);
    expect(leaksIn('authorization: Bearer abcdefgh12345678', [])).not.toEqual([]);
  });
});
