import { describeLookupHostGuards } from '@scentence/api/testing';
import { seedShippedCatalog } from '@scentence/db';
import { createTestDatabases } from '@scentence/db/testing';
import { createLayeringService } from '../src/service';

describeLookupHostGuards('the layering host', async () => {
  const databases = await createTestDatabases(['perfume']);
  await seedShippedCatalog(databases.get('perfume'));
  const { host } = createLayeringService(databases, {
    authSecret: 'layering-guard-tests-secret-long-enough!',
    corsOrigins: [],
  });
  const port = await host.listen(0, '127.0.0.1');
  return {
    port,
    close: async () => {
      await host.close();
      await databases.close();
    },
  };
});
