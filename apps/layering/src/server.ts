import { authSecretOf, databaseUrlsOf } from '@scentence/api/config';
import { runStandalone } from '@scentence/api/host';
import { openDatabases } from '@scentence/db';
import { loadLayeringEnv } from './env';
import { createLayeringService } from './service';

const env = loadLayeringEnv();

await runStandalone({
  service: 'layering',
  port: env.LAYERING_PORT,
  host: env.HOST,
  open: () =>
    openDatabases({
      urls: databaseUrlsOf(env),
      dataDir: env.DATA_DIR,
      maxConnections: env.DATABASE_POOL_SIZE,
      open: ['perfume', 'recom'],
    }),
  create: (databases) =>
    createLayeringService(databases, { authSecret: authSecretOf(env), corsOrigins: env.CORS_ORIGINS }).host,
});
