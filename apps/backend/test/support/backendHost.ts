import { type LogicalDatabase, seedShippedCatalog } from '@scentence/db';
import { createTestDatabases, type TestDatabases } from '@scentence/db/testing';
import { DEFAULT_MEMBER_SETTINGS, type MemberSettings } from '../../src/member/shared/memberSettings';
import { createBackendService } from '../../src/service';
import type { StorageSettings } from '../../src/storage/createStorage';

export interface TestBackendHost {
  databases: TestDatabases;
  port: number;
  /** `http://127.0.0.1:<port>` */
  baseUrl: string;
  /** Stops the host, then drops the databases. */
  close(): Promise<void>;
}

/**
 * The backend's own HTTP host on a free loopback port over fresh test databases (with the shipped
 * catalog when asked), without the withdrawal purge's timers.
 */
export async function startTestBackend(
  authSecret: string,
  open: readonly LogicalDatabase[],
  options: { shippedCatalog?: boolean; storage?: StorageSettings } = {},
): Promise<TestBackendHost> {
  const databases = await createTestDatabases(open);
  if (options.shippedCatalog) await seedShippedCatalog(databases.get('perfume'));
  const { host } = createBackendService(databases, {
    authSecret,
    corsOrigins: [],
    member: { ...DEFAULT_MEMBER_SETTINGS, purgeIntervalMs: 0, ...(options.storage && { storage: options.storage }) },
  });
  const port = await host.listen(0, '127.0.0.1');
  return {
    databases,
    port,
    baseUrl: `http://127.0.0.1:${port}`,
    async close() {
      await host.close();
      await databases.close();
    },
  };
}

/**
 * Another host of the backend over the same databases with some member settings of its own (a
 * smaller limit, a storage that fails), on a free loopback port; closing it leaves the databases.
 */
export async function startSecondHost(
  databases: TestDatabases,
  authSecret: string,
  member: Partial<MemberSettings>,
): Promise<{ baseUrl: string; close(): Promise<void> }> {
  const { host } = createBackendService(databases, {
    authSecret,
    corsOrigins: [],
    member: { ...DEFAULT_MEMBER_SETTINGS, purgeIntervalMs: 0, ...member },
  });
  const port = await host.listen(0, '127.0.0.1');
  return { baseUrl: `http://127.0.0.1:${port}`, close: () => host.close() };
}

/** A request's status and JSON body, as a client reads them. */
export async function fetchJson(url: string, init?: RequestInit) {
  const response = await fetch(url, init);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}
