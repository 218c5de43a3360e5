import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import type { S3StorageOptions } from '../../src/storage/s3Storage';

export const BUCKET = 'scentence-test';
export const CLOUDFRONT_URL = 'https://d111111abcdef8.cloudfront.net';

/** s3rver on 127.0.0.1 with a fresh folder and one bucket, and the driver options that reach it. */
export async function startS3Server() {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'scentence-s3-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: BUCKET }],
  });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  const options: S3StorageOptions = {
    bucket: BUCKET,
    region: 'ap-northeast-2',
    endpoint,
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    publicBaseUrl: CLOUDFRONT_URL,
  };
  return {
    endpoint,
    options,
    /** The object as the bucket serves it, bypassing the driver. */
    objectUrl: (key: string) => `${endpoint}/${BUCKET}/${key}`,
    async close() {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
