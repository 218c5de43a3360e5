import { runServiceStandalone } from '@scentence/api/service';
import { openDatabases } from '@scentence/db';
import { loadScentmapEnv } from './env';
import { createScentmapService } from './service';

const env = loadScentmapEnv();

await runServiceStandalone({
  service: 'scentmap',
  env,
  port: env.SCENTMAP_PORT,
  open: (connection) => openDatabases({ ...connection, open: ['perfume', 'recom'] }),
  create: createScentmapService,
});
