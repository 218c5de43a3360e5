import { mkdir, open, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type ObjectStorage, ObjectTooLargeError } from './objectStorage';
import { PROFILE_IMAGE_KEY_PATTERN, UPLOAD_KEY_PATTERN } from './storageKeys';
import { signUploadToken } from './uploadTokens';

export interface LocalStorageOptions {
  /** The folder that holds the objects, e.g. `<DATA_DIR>/uploads`. */
  root: string;
  /** Where browsers reach the backend's /uploads routes; '' for the same origin (the web rewrites /uploads). */
  publicBaseUrl: string;
  /** Signs the short-lived upload tokens. */
  authSecret: string;
}

function isErrno(error: unknown, code: string): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === code;
}

/** The folder driver: files under `root`, uploads through the backend's own PUT endpoint. */
export function createLocalStorage(options: LocalStorageOptions): ObjectStorage & { pathOf(key: string): string } {
  const root = path.resolve(options.root);
  const base = options.publicBaseUrl.replace(/\/+$/, '');

  function pathOf(key: string): string {
    if (!UPLOAD_KEY_PATTERN.test(key) && !PROFILE_IMAGE_KEY_PATTERN.test(key)) {
      throw new Error(`Not a storage key: ${key}`);
    }
    return path.join(root, key);
  }

  return {
    driver: 'local',
    pathOf,

    async createUpload(request) {
      const [, , uploadId] = UPLOAD_KEY_PATTERN.exec(request.key) ?? [];
      if (!uploadId) throw new Error(`Not an upload key: ${request.key}`);
      const grant = { key: request.key, maxBytes: request.contentLength, contentType: request.contentType };
      const token = await signUploadToken(options.authSecret, grant, request.expiresAt);
      return {
        url: `${base}/uploads/incoming/${uploadId}?token=${encodeURIComponent(token)}`,
        headers: { 'content-type': request.contentType },
      };
    },

    async read(key, maxBytes) {
      let file: Awaited<ReturnType<typeof open>>;
      try {
        file = await open(pathOf(key), 'r');
      } catch (error) {
        if (isErrno(error, 'ENOENT')) return null;
        throw error;
      }
      try {
        const { size } = await file.stat();
        if (size > maxBytes) throw new ObjectTooLargeError(maxBytes);
        return await file.readFile();
      } finally {
        await file.close();
      }
    },

    async write(key, body) {
      const target = pathOf(key);
      await mkdir(path.dirname(target), { recursive: true });
      // Write aside, then rename: a reader never sees half a file.
      const partial = `${target}.${process.pid}.part`;
      await writeFile(partial, body);
      await rename(partial, target);
    },

    async delete(key) {
      await rm(pathOf(key), { force: true });
    },

    publicUrl(key) {
      return `${base}/uploads/${key}`;
    },
  };
}

export type LocalStorage = ReturnType<typeof createLocalStorage>;
