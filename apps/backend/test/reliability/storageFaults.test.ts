/**
 * S3 failing: the backend's host on the real member database with the S3 driver against s3rver.
 * A member sets a profile image, s3rver stops, the member tries to change it: a documented 503
 * with a clear message, and the old image is still the member's and still in the bucket. s3rver
 * comes back on the same port with the same objects: the change goes through. See
 * docs/reliability/dependency-faults.md.
 */
import { randomUUID } from 'node:crypto';
import { errorBodySchema, memberMessage, memberProfileSchema } from '@scentence/api/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tinyImage } from '../member/imageFixtures';
import { CLOUDFRONT_URL, startS3Server } from '../storage/s3Server';
import { startSecondHost, startTestBackend, type TestBackendHost } from '../support/backendHost';
import { restCall } from '../support/restCall';
import { figures } from './support/chatOverHttp';
import { type Failure, startFailingServer } from './support/failingServer';

const AUTH_SECRET = 'storage-faults-secret-that-is-long-enough!';
const PASSWORD = 'Sc3nt!ence-storage';
/** What a busy machine may take for the driver to give up on a stopped bucket (its retries included). */
const BOUND_SECONDS = 10;
/** S3_TIMEOUT_SECONDS for the bucket that never answers (the default is 10: see the env module). */
const TIMEOUT_SECONDS = 2;

let s3: Awaited<ReturnType<typeof startS3Server>>;
let backend: TestBackendHost;
const timings = figures('storage faults');

beforeAll(async () => {
  s3 = await startS3Server();
  backend = await startTestBackend(AUTH_SECRET, ['perfume', 'member'], { storage: { driver: 's3', ...s3.options } });
}, 120_000);
afterAll(async () => {
  timings.print();
  await backend?.close();
  await s3?.close();
});

const rest = (method: string, path: string, options?: { token?: string; body?: unknown }) =>
  restCall(backend.baseUrl, method, path, options);

let members = 0;

async function signedUpMember(): Promise<string> {
  const email = `storage.${randomUUID()}@example.com`;
  const nickname = `저장소회원${++members}`;
  expect((await rest('POST', '/members', { body: { email, password: PASSWORD, nickname } })).status).toBe(200);
  const signedIn = await rest('POST', '/auth/token', { body: { email, password: PASSWORD } });
  return (signedIn.body.tokens as { accessToken: string }).accessToken;
}

/** Asks for an upload and PUTs a fresh image to it, as the browser does; the key to confirm. */
async function uploaded(token: string, width: number): Promise<string> {
  const bytes = await tinyImage('png', width, width);
  const asked = await rest('POST', '/members/me/profile-image/uploads', {
    token,
    body: { contentType: 'image/png', contentLength: bytes.length },
  });
  expect(asked.status).toBe(200);
  const target = asked.body as { uploadUrl: string; headers: Record<string, string>; uploadKey: string };
  const put = await fetch(target.uploadUrl, { method: 'PUT', headers: target.headers, body: bytes });
  expect(put.ok).toBe(true);
  return target.uploadKey;
}

/** The error answer of a refused image change: the documented 503 and its catalog message. */
function expectStorageUnavailable(answer: { status: number; body: unknown }) {
  expect(answer.status).toBe(503);
  const error = errorBodySchema.parse(answer.body);
  expect(error).toMatchObject({ code: 'SERVICE_UNAVAILABLE', messageKey: 'storageUnavailable' });
  // The Korean text; a client shows its own language's text by `messageKey`.
  expect(error.message).toBe(memberMessage('storageUnavailable', 'ko'));
}

const objectOf = (imageUrl: string | null) => (imageUrl ?? '').slice(CLOUDFRONT_URL.length + 1);
const myImage = async (token: string) => memberProfileSchema.parse((await rest('GET', '/members/me', { token })).body);

describe('S3 stopped during a profile image change', () => {
  it('the change is a documented 503 with a clear message, the old image stays; back up, the change works', async () => {
    const token = await signedUpMember();
    const first = await rest('PUT', '/members/me/profile-image', {
      token,
      body: { uploadKey: await uploaded(token, 120) },
    });
    expect(first.status).toBe(200);
    const oldImage = memberProfileSchema.parse(first.body).imageUrl;
    expect(oldImage).toMatch(/\/profile_images\/[0-9a-f-]{36}\.webp$/);
    const waiting = await uploaded(token, 90);

    await s3.stop();
    const started = performance.now();
    const change = await rest('PUT', '/members/me/profile-image', { token, body: { uploadKey: waiting } });
    const seconds = (performance.now() - started) / 1000;
    expectStorageUnavailable(change);
    expect(seconds).toBeLessThan(BOUND_SECONDS);
    timings.add('confirm with s3rver stopped → 503', seconds);
    expect((await myImage(token)).imageUrl).toBe(oldImage);
    const health = await fetch(`${backend.baseUrl}/health`);
    expect(health.status).toBe(200);

    await s3.start();
    expect((await fetch(s3.objectUrl(objectOf(oldImage)))).status).toBe(200);
    const retried = await rest('PUT', '/members/me/profile-image', { token, body: { uploadKey: waiting } });
    expect(retried.status).toBe(200);
    const newImage = memberProfileSchema.parse(retried.body).imageUrl;
    expect(newImage).not.toBe(oldImage);
    expect((await myImage(token)).imageUrl).toBe(newImage);
    expect((await fetch(s3.objectUrl(objectOf(newImage)))).status).toBe(200);
    expect((await fetch(s3.objectUrl(objectOf(oldImage)))).status).toBe(404);
  });

  it.each([
    ['answers 500', 'error'],
    ['never answers', 'hang'],
  ] as const satisfies [string, Failure][])(
    'a bucket endpoint that %s: the same 503 within S3_TIMEOUT_SECONDS, the old image kept',
    async (label, failure) => {
      const token = await signedUpMember();
      const set = await rest('PUT', '/members/me/profile-image', {
        token,
        body: { uploadKey: await uploaded(token, 100) },
      });
      const oldImage = memberProfileSchema.parse(set.body).imageUrl;
      const waiting = await uploaded(token, 80);
      const failing = await startFailingServer(failure);
      const host = await startSecondHost(backend.databases, AUTH_SECRET, {
        storage: { driver: 's3', ...s3.options, endpoint: failing.url, timeoutMs: TIMEOUT_SECONDS * 1000 },
      });
      try {
        const url = host.baseUrl;
        const started = performance.now();
        const change = await restCall(url, 'PUT', '/members/me/profile-image', { token, body: { uploadKey: waiting } });
        const seconds = (performance.now() - started) / 1000;
        expectStorageUnavailable(change);
        expect(failing.requests).toBeGreaterThan(0);
        expect(seconds).toBeLessThan(TIMEOUT_SECONDS + BOUND_SECONDS);
        timings.add(`confirm, the bucket ${label} → 503 (timeout ${TIMEOUT_SECONDS} s)`, seconds);
        expect((await restCall(url, 'GET', '/members/me', { token })).body.imageUrl).toBe(oldImage);
      } finally {
        await host.close();
        await failing.close();
      }
    },
    (TIMEOUT_SECONDS + BOUND_SECONDS + 10) * 1000,
  );

  it('the 503 is among the documented answers of the operations that reach the bucket', async () => {
    const document = (await (await fetch(`${backend.baseUrl}/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    };
    expect(Object.keys(document.paths['/members/me/profile-image']?.put?.responses ?? {})).toContain('503');
    expect(Object.keys(document.paths['/members/me/profile-image/uploads']?.post?.responses ?? {})).toContain('503');
  });
});
