import { type LogicalDatabase, seedShippedCatalog } from '@scentence/db';
import { createTestDatabases, type TestDatabases } from '@scentence/db/testing';
import { DEFAULT_MEMBER_SETTINGS } from '../../src/member/shared/memberSettings';
import { createBackendService } from '../../src/service';

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
  options: { shippedCatalog?: boolean } = {},
): Promise<TestBackendHost> {
  const databases = await createTestDatabases(open);
  if (options.shippedCatalog) await seedShippedCatalog(databases.get('perfume'));
  const { host } = createBackendService(databases, {
    authSecret,
    corsOrigins: [],
    member: { ...DEFAULT_MEMBER_SETTINGS, purgeIntervalMs: 0 },
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

/** A request's status and JSON body, as a client reads them. */
export async function fetchJson(url: string, init?: RequestInit) {
  const response = await fetch(url, init);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}
