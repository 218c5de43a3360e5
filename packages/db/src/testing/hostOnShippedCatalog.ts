import type { ServiceHost } from '@scentence/api/host';
import type { StartedHost } from '@scentence/api/testing';
import { seedShippedCatalog } from '../seed/seedCatalog';
import { createTestDatabases, type TestDatabases } from './testDatabases';

/**
 * A service host listening on a free port of 127.0.0.1 over fresh perfume databases seeded with
 * the shipped catalog; closing it closes the host, then the databases.
 */
export async function startHostOnShippedCatalog(
  createHost: (databases: TestDatabases) => ServiceHost,
): Promise<StartedHost> {
  const databases = await createTestDatabases(['perfume']);
  await seedShippedCatalog(databases.get('perfume'));
  const host = createHost(databases);
  const port = await host.listen(0, '127.0.0.1');
  return {
    port,
    close: async () => {
      await host.close();
      await databases.close();
    },
  };
}
