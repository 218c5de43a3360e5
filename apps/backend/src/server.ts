import { authSecretOf, databaseUrlsOf } from '@scentence/api/config';
import { runStandalone } from '@scentence/api/host';
import { openDatabases, seedShippedCatalog } from '@scentence/db';
import { openAiChatOf } from './chat/openai/openaiSettings';
import { loadBackendEnv } from './env';
import { memberSettingsOf } from './member/memberSettings';
import { createBackendService } from './service';

const env = loadBackendEnv();

await runStandalone({
  service: 'backend',
  port: env.BACKEND_PORT,
  host: env.HOST,
  open: async () => {
    const databases = await openDatabases({
      urls: databaseUrlsOf(env),
      dataDir: env.DATA_DIR,
      maxConnections: env.DATABASE_POOL_SIZE,
    });
    const seed = await seedShippedCatalog(databases.get('perfume'));
    if (seed.seeded) console.log(`[backend] seeded the shipped catalog (${seed.perfumes} perfumes)`);
    return databases;
  },
  create: (databases) =>
    createBackendService(databases, {
      authSecret: authSecretOf(env),
      corsOrigins: env.CORS_ORIGINS,
      member: memberSettingsOf(env),
      layeringUrl: env.LAYERING_URL,
      openai: openAiChatOf(env),
    }).host,
});
