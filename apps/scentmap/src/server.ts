import { authSecretOf, databaseUrlsOf } from '@scentence/api/config';
import { runStandalone } from '@scentence/api/host';
import { openDatabases } from '@scentence/db';
import { loadScentmapEnv } from './env';
import { createScentmapService } from './service';

const env = loadScentmapEnv();

await runStandalone({
  service: 'scentmap',
  port: env.SCENTMAP_PORT,
  host: env.HOST,
  open: () =>
    openDatabases({
      urls: databaseUrlsOf(env),
      dataDir: env.DATA_DIR,
      maxConnections: env.DATABASE_POOL_SIZE,
      open: ['perfume', 'recom'],
    }),
  create: (databases) =>
    createScentmapService(databases, { authSecret: authSecretOf(env), corsOrigins: env.CORS_ORIGINS }).host,
});
