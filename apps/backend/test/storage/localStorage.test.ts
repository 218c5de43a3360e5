import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { signAccessToken } from '@scentence/api/auth';
import { createServiceClient } from '@scentence/api/client';
import { createTestDatabases, type TestDatabases } from '@scentence/db/testing';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MEMBER_SETTINGS } from '../../src/member/shared/memberSettings';
import type { BackendRouter } from '../../src/router';
import { createBackendService } from '../../src/service';
import { tinyImage } from '../member/imageFixtures';
import { AUTH_SECRET, STRONG_PASSWORD } from '../member/memberFixture';

let databases: TestDatabases;
let root: string;
let baseUrl: string;
let close: () => Promise<void>;

beforeAll(async () => {
  databases = await createTestDatabases(['perfume', 'member']);
  root = await mkdtemp(path.join(os.tmpdir(), 'scentence-local-'));
  const { host } = createBackendService(databases, {
    authSecret: AUTH_SECRET,
    corsOrigins: [],
    member: { ...DEFAULT_MEMBER_SETTINGS, storage: { driver: 'local', root, publicBaseUrl: '' } },
  });
  baseUrl = `http://127.0.0.1:${await host.listen(0, '127.0.0.1')}`;
  close = host.close;
});
afterAll(async () => {
  await close?.();
  await databases?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

const anonymous = () => createServiceClient<BackendRouter>({ url: baseUrl });
const clientAs = (memberId: string) =>
  createServiceClient<BackendRouter>({
    url: baseUrl,
    getToken: () => signAccessToken(AUTH_SECRET, { memberId, role: 'member' }),
  });

let counter = 0;
async function newMember() {
  counter += 1;
  const profile = await anonymous().member.signUp.mutate({
    email: `local${counter}@example.com`,
    password: STRONG_PASSWORD,
    nickname: `로컬${counter}`,
  });
  return { profile, client: clientAs(profile.id) };
}

async function filesUnder(folder: string): Promise<string[]> {
  return readdir(path.join(root, folder)).catch(() => []);
}

describe('the local driver over HTTP', () => {
  it('uploads through the backend, serves the 256×256 WebP, and removes the old file and the upload', async () => {
    const { client } = await newMember();
    const bytes = await tinyImage('webp', 400, 300);
    const target = await client.member.profileImage.createUpload.mutate({
      contentType: 'image/webp',
      contentLength: bytes.length,
    });
    expect(target.uploadUrl).toMatch(/^\/uploads\/incoming\/[0-9a-f-]{36}\?token=/);
    const put = await fetch(`${baseUrl}${target.uploadUrl}`, { method: 'PUT', headers: target.headers, body: bytes });
    expect(put.status).toBe(204);

    const first = await client.member.profileImage.confirm.mutate({ uploadKey: target.uploadKey });
    expect(first.imageUrl).toMatch(/^\/uploads\/profile_images\/[0-9a-f-]{36}\.webp$/);
    const served = await fetch(`${baseUrl}${first.imageUrl}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/webp');
    expect(await sharp(Buffer.from(await served.arrayBuffer())).metadata()).toMatchObject({ width: 256, height: 256 });

    const next = await tinyImage('jpeg', 64, 64);
    const again = await client.member.profileImage.createUpload.mutate({
      contentType: 'image/jpeg',
      contentLength: next.length,
    });
    await fetch(`${baseUrl}${again.uploadUrl}`, { method: 'PUT', headers: again.headers, body: next });
    const second = await client.member.profileImage.confirm.mutate({ uploadKey: again.uploadKey });
    expect((await fetch(`${baseUrl}${first.imageUrl}`)).status).toBe(404);
    expect((await fetch(`${baseUrl}${second.imageUrl}`)).status).toBe(200);
    expect(await filesUnder('profile_images')).toEqual([path.basename(second.imageUrl ?? '')]);

    const removed = await client.member.profileImage.remove.mutate({});
    expect(removed.imageUrl).toBeNull();
    expect((await fetch(`${baseUrl}${second.imageUrl}`)).status).toBe(404);
  });

  it('stops an upload larger than announced while it streams', async () => {
    const { client, profile } = await newMember();
    const target = await client.member.profileImage.createUpload.mutate({
      contentType: 'image/png',
      contentLength: 1000,
    });
    const oversized = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 10; i += 1) controller.enqueue(new Uint8Array(500));
        controller.close();
      },
    });
    const put = await fetch(`${baseUrl}${target.uploadUrl}`, {
      method: 'PUT',
      headers: target.headers,
      body: oversized,
      duplex: 'half',
    } as RequestInit & { duplex: 'half' });
    expect(put.status).toBe(413);
    expect(await filesUnder(`uploads/${profile.id}`)).toEqual([]);

    const declared = await fetch(`${baseUrl}${target.uploadUrl}`, {
      method: 'PUT',
      headers: target.headers,
      body: new Uint8Array(5000),
    });
    expect(declared.status).toBe(413);
  });

  it('refuses an upload without a valid token for that file', async () => {
    const { client } = await newMember();
    const target = await client.member.profileImage.createUpload.mutate({
      contentType: 'image/png',
      contentLength: 10,
    });
    const url = new URL(target.uploadUrl, baseUrl);
    const body = new Uint8Array(10);

    url.searchParams.set('token', 'forged');
    expect((await fetch(url, { method: 'PUT', headers: target.headers, body })).status).toBe(401);

    const other = await client.member.profileImage.createUpload.mutate({ contentType: 'image/png', contentLength: 10 });
    const swapped = new URL(other.uploadUrl, baseUrl);
    swapped.pathname = new URL(target.uploadUrl, baseUrl).pathname;
    expect((await fetch(swapped, { method: 'PUT', headers: target.headers, body })).status).toBe(403);

    const wrongType = await fetch(new URL(target.uploadUrl, baseUrl), {
      method: 'PUT',
      headers: { 'content-type': 'text/html' },
      body,
    });
    expect(wrongType.status).toBe(400);
  });

  it('serves only stored profile images', async () => {
    expect((await fetch(`${baseUrl}/uploads/profile_images/00000000-0000-4000-8000-000000000000.webp`)).status).toBe(
      404,
    );
    expect((await fetch(`${baseUrl}/uploads/profile_images/..%2f..%2fetc%2fpasswd`)).status).toBe(404);
    expect((await fetch(`${baseUrl}/uploads/uploads/x`)).status).toBe(404);
  });
});
