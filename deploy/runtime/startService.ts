/**
 * The service images' entry point: `node --import tsx deploy/runtime/startService.ts <server.ts>`.
 * It refuses the embedded database in production (it would keep state inside one container), waits
 * until the database servers accept connections, then runs the service's own server module.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadServiceStartEnv } from './env';
import {
  DatabaseUnreachableError,
  databaseEndpointsOf,
  describeEndpoint,
  missingDatabaseUrls,
  waitForEndpoints,
} from './waitForDatabases';

const serverModule = process.argv[2];
if (!serverModule) {
  console.error('usage: node --import tsx deploy/runtime/startService.ts <server module>');
  process.exit(64);
}

const env = loadServiceStartEnv();
const missing = missingDatabaseUrls(env);
if (env.NODE_ENV === 'production' && missing.length > 0) {
  console.error(
    `Invalid configuration:\n${missing.map((name) => `  - ${name} (or DATABASE_URL): required in production; the embedded database is for development`).join('\n')}`,
  );
  process.exit(78);
}

try {
  await waitForEndpoints(databaseEndpointsOf(env), {
    timeoutMs: env.DB_WAIT_TIMEOUT_SECONDS * 1000,
    onWait: (waiting) => console.log(`waiting for the database: ${waiting.map(describeEndpoint).join(', ')}`),
  });
} catch (error) {
  if (!(error instanceof DatabaseUnreachableError)) throw error;
  // Exit so the restart policy tries again; the message says which server did not answer.
  console.error(error.message);
  process.exit(69);
}

await import(pathToFileURL(path.resolve(serverModule)).href);
