import { signAccessToken } from '@scentence/api/auth';
import { seedShippedCatalog } from '@scentence/db';
import { createTestDatabases, type TestDatabases } from '@scentence/db/testing';
import { computeMapHere, type MapComputer } from '../src/layout/computeMapOffThread';
import { createScentmapService } from '../src/service';

export const AUTH_SECRET = 'scentmap-tests-secret-that-is-long-enough!';

export interface MapFixture {
  databases: TestDatabases;
  service: ReturnType<typeof createScentmapService>;
  baseUrl: string;
  close(): Promise<void>;
}

/**
 * The scentmap service on port 0 over fresh databases with the shipped catalog, its map computed
 * on the test's thread (no polling); `prepare` runs before it starts (a map stored beforehand).
 */
export async function startMapService(
  options: { computeMap?: MapComputer; prepare?: (databases: TestDatabases) => Promise<void> } = {},
): Promise<MapFixture> {
  const databases = await createTestDatabases(['perfume', 'recom']);
  await seedShippedCatalog(databases.get('perfume'));
  await options.prepare?.(databases);
  const service = createScentmapService(databases, {
    authSecret: AUTH_SECRET,
    corsOrigins: [],
    computeMap: options.computeMap ?? computeMapHere,
    mapPollMs: 0,
  });
  const port = await service.host.listen(0, '127.0.0.1');
  return {
    databases,
    service,
    baseUrl: `http://127.0.0.1:${port}`,
    async close() {
      await service.host.close();
      await databases.close();
    },
  };
}

export function memberToken(memberId: string): Promise<string> {
  return signAccessToken(AUTH_SECRET, { memberId, role: 'member' });
}

/** Waits (a bounded number of short rounds) until `ready` holds. */
export async function eventually(ready: () => Promise<boolean>, rounds = 2_400): Promise<void> {
  for (let round = 0; round < rounds; round++) {
    if (await ready()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('the condition never held');
}
