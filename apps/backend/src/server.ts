import { authSecretOf, databaseUrlsOf } from '@scentence/api/config';
import { runUntilSignal } from '@scentence/api/host';
import { openDatabases, seedShippedCatalog } from '@scentence/db';
import { loadBackendEnv } from './env';
import { createBackendService } from './service';


const env = loadBackendEnv();
const databases = await openDatabases({
  urls: databaseUrlsOf(env),
  dataDir: env.DATA_DIR,
  maxConnections: env.DATABASE_POOL_SIZE,
});
const seed = await seedShippedCatalog(databases.get('perfume'));
if (seed.seeded) console.log(`[backend] seeded the shipped catalog (${seed.perfumes} perfumes)`);
const { host } = createBackendService(databases, { authSecret: authSecretOf(env), corsOrigins: env.CORS_ORIGINS });
const port = await host.listen(env.BACKEND_PORT, env.HOST);
console.log(`[backend] listening on http://${env.HOST}:${port}`);
runUntilSignal(async () => {
  await host.close();
  await databases.close();
});
