import {
  DeleteObjectCommand,
  GetObjectCommand,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { type ObjectStorage, ObjectTooLargeError } from './objectStorage';

export interface S3StorageOptions {
  bucket: string;
  region: string;
  /** An S3-compatible endpoint (MinIO, s3rver); omit for AWS. */
  endpoint?: string;
  forcePathStyle?: boolean;
  /** Omit to use the SDK's default chain (instance role, AWS_* variables). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** CloudFront (or any public) base URL in front of the bucket. */
  publicBaseUrl: string;
  /** Each call to the bucket, its retries included, within this, or it fails (a 503 to the member). */
  timeoutMs: number;
}

function isMissing(error: unknown): boolean {
  return error instanceof NoSuchKey || (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404);
}

async function readLimited(body: AsyncIterable<Uint8Array>, maxBytes: number): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.length;
    if (size > maxBytes) throw new ObjectTooLargeError(maxBytes);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** The S3 driver: the browser PUTs to a presigned URL, browsers read through CloudFront. */
export function createS3Storage(options: S3StorageOptions): ObjectStorage {
  const client = new S3Client({
    region: options.region,
    endpoint: options.endpoint,
    forcePathStyle: options.forcePathStyle,
    credentials: options.credentials,
    // The newer default checksums corrupt objects on S3-compatible servers (s3rver, older MinIO).
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const base = options.publicBaseUrl.replace(/\/+$/, '');
  const Bucket = options.bucket;
  // The SDK sets no time limit of its own: a bucket that accepts the connection and never answers would hang the request.
  const bounded = () => ({ abortSignal: AbortSignal.timeout(options.timeoutMs) });

  return {
    driver: 's3',

    async createUpload(request) {
      const command = new PutObjectCommand({
        Bucket,
        Key: request.key,
        ContentType: request.contentType,
        ContentLength: request.contentLength,
      });
      const expiresIn = Math.max(1, Math.round((request.expiresAt.getTime() - Date.now()) / 1000));
      // Signing the type and length makes S3 itself refuse a different or larger file.
      const url = await getSignedUrl(client, command, {
        expiresIn,
        signableHeaders: new Set(['content-type', 'content-length']),
      });
      return { url, headers: { 'content-type': request.contentType } };
    },

    async read(key, maxBytes) {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket, Key: key }), bounded());
        if ((object.ContentLength ?? 0) > maxBytes) {
          (object.Body as { destroy?: () => void } | undefined)?.destroy?.();
          throw new ObjectTooLargeError(maxBytes);
        }
        if (!object.Body) return Buffer.alloc(0);
        return await readLimited(object.Body as AsyncIterable<Uint8Array>, maxBytes);
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },

    async write(key, body, contentType) {
      await client.send(
        new PutObjectCommand({
          Bucket,
          Key: key,
          Body: body,
          ContentType: contentType,
          // Every new image gets a new key, so a stored one never changes.
          CacheControl: 'public, max-age=31536000, immutable',
        }),
        bounded(),
      );
    },

    async delete(key) {
      try {
        await client.send(new DeleteObjectCommand({ Bucket, Key: key }), bounded());
      } catch (error) {
        if (!isMissing(error)) throw error;
      }
    },

    publicUrl(key) {
      return `${base}/${key}`;
    },
  };
}
