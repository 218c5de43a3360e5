/** How the browser sends one file straight to storage. */
export interface UploadTarget {
  url: string;
  headers: Record<string, string>;
}

export interface UploadRequest {
  key: string;
  contentType: string;
  /** The exact size the browser announced; storage refuses more. */
  contentLength: number;
  expiresAt: Date;
}

/**
 * The profile-image store: a local folder served by the backend, or S3 behind CloudFront.
 * Keys are relative paths such as `uploads/<member>/<uuid>` or `profile_images/<uuid>.webp`.
 */
export interface ObjectStorage {
  readonly driver: 'local' | 's3';
  createUpload(request: UploadRequest): Promise<UploadTarget>;
  /** The object's bytes, or null when there is none; ObjectTooLargeError past `maxBytes`. */
  read(key: string, maxBytes: number): Promise<Buffer | null>;
  write(key: string, body: Buffer, contentType: string): Promise<void>;
  /** Deleting a missing object is not an error. */
  delete(key: string): Promise<void>;
  /** Where browsers fetch a stored object. */
  publicUrl(key: string): string;
}

export class ObjectTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`The object is larger than ${maxBytes} bytes`);
    this.name = 'ObjectTooLargeError';
  }
}
