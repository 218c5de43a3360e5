import { randomUUID } from 'node:crypto';
import { createCallerFactory } from '@scentence/api';
import { PROFILE_IMAGE_MAX_BYTES } from '@scentence/api/schemas';
import { createPerfumeRepository } from '@scentence/db';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackendRouter } from '../../src/router';
import { ObjectTooLargeError } from '../../src/storage/objectStorage';
import { createS3Storage } from '../../src/storage/s3Storage';
import { tinyImage } from '../member/imageFixtures';
import { createMemberFixture, failureOf, type MemberFixture } from '../member/memberFixture';
import { BUCKET, CLOUDFRONT_URL, startS3Server } from './s3Server';

let s3: Awaited<ReturnType<typeof startS3Server>>;

beforeAll(async () => {
  s3 = await startS3Server();
});
afterAll(() => s3?.close());

describe('the S3 driver against s3rver', () => {
  it('takes a presigned PUT from the browser and reads back the same bytes', async () => {
    const storage = createS3Storage(s3.options);
    const key = `uploads/${randomUUID()}/${randomUUID()}`;
    const bytes = await tinyImage('png');
    const target = await storage.createUpload({
      key,
      contentType: 'image/png',
      contentLength: bytes.length,
      expiresAt: new Date(Date.now() + 600_000),
    });
    const url = new URL(target.url);
    expect(url.origin).toBe(s3.endpoint);
    expect(url.pathname).toBe(`/${BUCKET}/${key}`);
    expect(url.searchParams.get('X-Amz-SignedHeaders')).toContain('content-length');
    expect(url.searchParams.get('X-Amz-SignedHeaders')).toContain('content-type');

    const put = await fetch(target.url, { method: 'PUT', headers: target.headers, body: bytes });
    expect(put.ok).toBe(true);
    expect(Buffer.compare((await storage.read(key, PROFILE_IMAGE_MAX_BYTES)) ?? Buffer.alloc(0), bytes)).toBe(0);
  });

  it('writes, serves under the CloudFront URL, and deletes', async () => {
    const storage = createS3Storage(s3.options);
    const key = `profile_images/${randomUUID()}.webp`;
    const body = await sharp(await tinyImage('jpeg'))
      .webp()
      .toBuffer();
    await storage.write(key, body, 'image/webp');
    expect(storage.publicUrl(key)).toBe(`${CLOUDFRONT_URL}/${key}`);
    const served = await fetch(s3.objectUrl(key));
    expect(served.headers.get('content-type')).toBe('image/webp');
    expect(Buffer.compare(Buffer.from(await served.arrayBuffer()), body)).toBe(0);

    await storage.delete(key);
    expect(await storage.read(key, PROFILE_IMAGE_MAX_BYTES)).toBeNull();
    await expect(storage.delete(key)).resolves.toBeUndefined();
  });

  it('refuses to read an object past the size limit', async () => {
    const storage = createS3Storage(s3.options);
    const key = `uploads/${randomUUID()}/${randomUUID()}`;
    await storage.write(key, Buffer.alloc(2048, 1), 'image/png');
    await expect(storage.read(key, 1024)).rejects.toBeInstanceOf(ObjectTooLargeError);
  });
});

describe('profile images on S3', () => {
  let fixture: MemberFixture;

  beforeAll(async () => {
    fixture = await createMemberFixture({ storage: () => createS3Storage(s3.options) });
  });
  afterAll(() => fixture?.close());

  async function upload(memberId: string, bytes: Buffer, contentType: 'image/png' | 'image/jpeg' | 'image/gif') {
    const me = fixture.as(memberId);
    const target = await me.member.profileImage.createUpload({ contentType, contentLength: bytes.length });
    const put = await fetch(target.uploadUrl, { method: target.method, headers: target.headers, body: bytes });
    expect(put.ok).toBe(true);
    return target.uploadKey;
  }

  it('replaces the image, serves it from CloudFront and deletes the old one and the upload after', async () => {
    const member = await fixture.signUp();
    const me = fixture.as(member.id);
    const firstKey = await upload(member.id, await tinyImage('png', 300, 200), 'image/png');
    const first = await me.member.profileImage.confirm({ uploadKey: firstKey });
    expect(first.imageUrl).toMatch(new RegExp(`^${CLOUDFRONT_URL}/profile_images/[0-9a-f-]{36}\\.webp$`));
    const firstObject = (first.imageUrl ?? '').slice(CLOUDFRONT_URL.length + 1);
    const stored = await fetch(s3.objectUrl(firstObject));
    expect(await sharp(Buffer.from(await stored.arrayBuffer())).metadata()).toMatchObject({
      format: 'webp',
      width: 256,
      height: 256,
    });
    expect((await fetch(s3.objectUrl(firstKey))).status).toBe(404);

    const second = await me.member.profileImage.confirm({
      uploadKey: await upload(member.id, await tinyImage('gif', 90, 90), 'image/gif'),
    });
    expect(second.imageUrl).not.toBe(first.imageUrl);
    expect((await fetch(s3.objectUrl(firstObject))).status).toBe(404);
    expect((await me.member.me({})).imageUrl).toBe(second.imageUrl);
  });

  it('leaves the old image untouched when the new upload is not an image', async () => {
    const member = await fixture.signUp();
    const me = fixture.as(member.id);
    const good = await me.member.profileImage.confirm({
      uploadKey: await upload(member.id, await tinyImage('jpeg', 100, 100), 'image/jpeg'),
    });
    const goodObject = (good.imageUrl ?? '').slice(CLOUDFRONT_URL.length + 1);

    const badKey = await upload(member.id, Buffer.from('#!/bin/sh\necho not an image\n'), 'image/png');
    const error = await failureOf(me.member.profileImage.confirm({ uploadKey: badKey }));
    expect(error.code).toBe('BAD_REQUEST');
    expect((await me.member.me({})).imageUrl).toBe(good.imageUrl);
    expect((await fetch(s3.objectUrl(goodObject))).status).toBe(200);
    expect((await fetch(s3.objectUrl(badKey))).status).toBe(404);
  });

  it('answers 503, not 500, when the bucket cannot be reached', async () => {
    const member = await fixture.signUp();
    const down = createCallerFactory(
      createBackendRouter({
        perfumes: createPerfumeRepository(fixture.databases.get('perfume')),
        members: { ...fixture.deps, storage: createS3Storage({ ...s3.options, endpoint: 'http://127.0.0.1:9' }) },
      }),
    )({ caller: { memberId: member.id, role: 'member' } });
    const error = await failureOf(
      down.member.profileImage.confirm({ uploadKey: `uploads/${member.id}/${randomUUID()}` }),
    );
    expect(error.code).toBe('SERVICE_UNAVAILABLE');
  });
});
