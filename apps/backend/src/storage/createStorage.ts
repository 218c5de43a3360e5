import type http from 'node:http';
import { createLocalStorage } from './localStorage';
import { createLocalStorageRoutes } from './localStorageRoutes';
import type { ObjectStorage } from './objectStorage';
import { createS3Storage, type S3StorageOptions } from './s3Storage';

export type StorageSettings =
  | { driver: 'local'; root: string; publicBaseUrl: string }
  | ({ driver: 's3' } & S3StorageOptions);

export type StorageRoutes = (req: http.IncomingMessage, res: http.ServerResponse) => Promise<boolean>;

/** The configured driver, plus the HTTP routes it needs on the backend (local only). */
export function createStorage(
  settings: StorageSettings,
  authSecret: string,
): {
  storage: ObjectStorage;
  routes: StorageRoutes | null;
} {
  if (settings.driver === 's3') return { storage: createS3Storage(settings), routes: null };
  const storage = createLocalStorage({ root: settings.root, publicBaseUrl: settings.publicBaseUrl, authSecret });
  return { storage, routes: createLocalStorageRoutes(storage, authSecret) };
}
