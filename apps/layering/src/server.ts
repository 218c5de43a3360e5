import { runServiceStandalone } from '@scentence/api/service';
import { openDatabases } from '@scentence/db';
import { loadLayeringEnv } from './env';
import { layeringLimitsOf } from './limits/layeringLimits';
import { createLayeringService } from './service';

const env = loadLayeringEnv();

await runServiceStandalone({
  service: 'layering',
  env,
  port: env.LAYERING_PORT,
  open: (connection) => openDatabases({ ...connection, open: ['perfume', 'recom'] }),
  create: (databases, settings) => createLayeringService(databases, settings, { limits: layeringLimitsOf(env) }),
});
