import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import type { S3StorageOptions } from '../../src/storage/s3Storage';

export const BUCKET = 'scentence-test';
export const CLOUDFRONT_URL = 'https://d111111abcdef8.cloudfront.net';

/** s3rver on 127.0.0.1 over `directory` (its objects), on `port` (0: a free one). */
async function runS3rver(directory: string, port: number) {
  const server = new S3rver({
    address: '127.0.0.1',
    port,
    silent: true,
    directory,
    configureBuckets: [{ name: BUCKET }],
  });
  return { server, port: (await server.run()).port };
}

/**
 * s3rver on 127.0.0.1 with a fresh folder and one bucket, and the driver options that reach it.
 * `stop` and `start` take the bucket away and bring it back on the same port with the same objects.
 */
export async function startS3Server() {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'scentence-s3-'));
  let { server, port } = await runS3rver(directory, 0);
  let running = true;
  const endpoint = `http://127.0.0.1:${port}`;
  const options: S3StorageOptions = {
    bucket: BUCKET,
    region: 'ap-northeast-2',
    endpoint,
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    publicBaseUrl: CLOUDFRONT_URL,
    timeoutMs: 10_000,
  };
  return {
    endpoint,
    options,
    /** The object as the bucket serves it, bypassing the driver. */
    objectUrl: (key: string) => `${endpoint}/${BUCKET}/${key}`,
    async stop() {
      if (running) await server.close();
      running = false;
    },
    async start() {
      if (!running) ({ server, port } = await runS3rver(directory, port));
      running = true;
    },
    async close() {
      if (running) await server.close();
      running = false;
      await rm(directory, { recursive: true, force: true });
    },
  };
}
