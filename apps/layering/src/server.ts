import { runServiceStandalone } from '@scentence/api/service';
import { openDatabases } from '@scentence/db';
import { loadLayeringEnv } from './env';
import { createLayeringService } from './service';

const env = loadLayeringEnv();

await runServiceStandalone({
  service: 'layering',
  env,
  port: env.LAYERING_PORT,
  open: (connection) => openDatabases({ ...connection, open: ['perfume', 'recom'] }),
  create: createLayeringService,
});
