import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createBackendService, loadBackendEnv, memberSettingsOf } from '@scentence/backend';
import { seedShippedCatalog } from '@scentence/db';
import { createTestDatabases } from '@scentence/db/testing';
import { createLayeringService } from '@scentence/layering';
import { createScentmapService } from '@scentence/scentmap';
import type { ServiceTarget } from './fuzzRun';

export interface InProcessServices {
  targets: ServiceTarget[];
  authSecret: string;
  /** On the backend's ADMIN_EMAILS: the fuzzer's admin accounts. */
  adminEmails: string[];
  close(): Promise<void>;
}

/** Enough for an admin to be re-created after each 401 of a long run. */
const ADMIN_ACCOUNTS = 20;

/**
 * The three service hosts in this process on port 0, sharing fresh test databases with the
 * shipped catalog (as `npm start` shares one set).
 */
export async function startInProcessServices(): Promise<InProcessServices> {
  const authSecret = randomBytes(32).toString('base64url');
  const uploadsRoot = await mkdtemp(path.join(os.tmpdir(), 'scentence-fuzz-uploads-'));
  const databases = await createTestDatabases(['perfume', 'recom', 'member']);
  await seedShippedCatalog(databases.get('perfume'));
  const adminEmails = Array.from({ length: ADMIN_ACCOUNTS }, (_, index) => `fuzz-admin-${index + 1}@example.com`);
  const settings = { authSecret, corsOrigins: [] };
  // The backend's own env defaults (throttling included), with uploads in a temporary folder.
  const memberDefaults = memberSettingsOf(loadBackendEnv({}), uploadsRoot);
  const hosts = [
    {
      name: 'backend',
      host: createBackendService(databases, {
        ...settings,
        member: { ...memberDefaults, adminEmails, purgeIntervalMs: 0 },
      }).host,
    },
    { name: 'scentmap', host: createScentmapService(databases, settings).host },
    { name: 'layering', host: createLayeringService(databases, settings).host },
  ];
  const targets: ServiceTarget[] = [];
  for (const { name, host } of hosts) {
    targets.push({ name, url: `http://127.0.0.1:${await host.listen(0, '127.0.0.1')}` });
  }
  return {
    targets,
    authSecret,
    adminEmails,
    async close() {
      await Promise.all(hosts.map(({ host }) => host.close()));
      await databases.close();
      await rm(uploadsRoot, { recursive: true, force: true });
    },
  };
}
