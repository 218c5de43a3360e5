import { runServiceStandalone } from '@scentence/api/service';
import { openDatabases, seedShippedCatalog } from '@scentence/db';
import { openAiChatOf } from './chat/openai/openaiSettings';
import { loadBackendEnv } from './env';
import { memberSettingsOf } from './member/shared/memberSettings';
import { createBackendService } from './service';

const env = loadBackendEnv();

await runServiceStandalone({
  service: 'backend',
  env,
  port: env.BACKEND_PORT,
  open: async (connection) => {
    const databases = await openDatabases(connection);
    const seed = await seedShippedCatalog(databases.get('perfume'));
    if (seed.seeded) console.log(`[backend] seeded the shipped catalog (${seed.perfumes} perfumes)`);
    return databases;
  },
  create: (databases, settings) =>
    createBackendService(databases, {
      ...settings,
      member: memberSettingsOf(env),
      layeringUrl: env.LAYERING_URL,
      openai: openAiChatOf(env),
    }),
});
