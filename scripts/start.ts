/**
 * Starts the whole system in one command: the three services in this process around one set of
 * databases (embedded PGlite under DATA_DIR unless URLs are set; never two processes on one data
 * folder), then the web app as a child process. `--dev` runs `next dev` instead of `next start`.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import path from 'node:path';
import { authSecretOf, databaseUrlsOf } from '@scentence/api/config';
import { runUntilSignal } from '@scentence/api/host';
import { createBackendService, loadBackendEnv, memberSettingsOf, openAiChatOf } from '@scentence/backend';
import { DataDirInUseError, openDatabases, seedShippedCatalog } from '@scentence/db';
import { createLayeringService, layeringLimitsOf, loadLayeringEnv } from '@scentence/layering';
import { createScentmapService, loadScentmapEnv } from '@scentence/scentmap';
import { loadLauncherEnv } from './env';

const dev = process.argv.includes('--dev');

/** The built web app's standalone server, with the static assets it serves beside it (as the image has them). */
function standaloneServer(): string {
  const built = path.join(root, 'apps/web/.next');
  const server = path.join(built, 'standalone/apps/web/server.js');
  if (!existsSync(server)) {
    console.error('The web app is not built: run `npm start` (it builds first) or `npm run build`.');
    process.exit(1);
  }
  cpSync(path.join(built, 'static'), path.join(built, 'standalone/apps/web/.next/static'), { recursive: true });
  return server;
}
const root = path.resolve(import.meta.dirname, '..');
const launcher = loadLauncherEnv();
const backendEnv = loadBackendEnv();
const scentmapEnv = loadScentmapEnv();
const layeringEnv = loadLayeringEnv();
const dataDir = path.resolve(root, backendEnv.DATA_DIR);
// One secret for the three services and the web app: AUTH_SECRET, or the one kept under DATA_DIR.
const settings = {
  authSecret: authSecretOf(backendEnv, dataDir),
  corsOrigins: backendEnv.CORS_ORIGINS,
  trustedProxies: backendEnv.TRUSTED_PROXIES,
};

const startedAt = Date.now();
const databases = await openDatabases({
  urls: databaseUrlsOf(backendEnv),
  dataDir,
  maxConnections: backendEnv.DATABASE_POOL_SIZE,
}).catch((error: unknown) => {
  if (error instanceof DataDirInUseError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
});
const seed = await seedShippedCatalog(databases.get('perfume'));
if (seed.seeded) console.log(`seeded the shipped catalog: ${seed.perfumes} perfumes`);

const services = [
  {
    name: 'backend',
    port: backendEnv.BACKEND_PORT,
    host: createBackendService(databases, {
      ...settings,
      member: memberSettingsOf(backendEnv, dataDir),
      // The chat reaches the layering service started beside it in this process, over HTTP.
      layeringUrl: `http://127.0.0.1:${layeringEnv.LAYERING_PORT}`,
      openai: openAiChatOf(backendEnv),
    }).host,
  },
  { name: 'scentmap', port: scentmapEnv.SCENTMAP_PORT, host: createScentmapService(databases, settings).host },
  {
    name: 'layering',
    port: layeringEnv.LAYERING_PORT,
    host: createLayeringService(databases, settings, { limits: layeringLimitsOf(layeringEnv) }).host,
  },
];
const ports = new Map<string, number>();
for (const service of services) ports.set(service.name, await service.host.listen(service.port, backendEnv.HOST));
const serviceUrl = (name: string) => `http://127.0.0.1:${ports.get(name)}`;

const webEnv: NodeJS.ProcessEnv = {
  ...launcher.inherited,
  NODE_ENV: dev ? 'development' : 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  PORT: String(launcher.WEB_PORT),
  HOSTNAME: '0.0.0.0',
  BACKEND_URL: serviceUrl('backend'),
  SCENTMAP_URL: serviceUrl('scentmap'),
  LAYERING_URL: serviceUrl('layering'),
  AUTH_SECRET: settings.authSecret,
  // Sign-in callbacks (Kakao) come back to this origin unless the operator names another.
  NEXTAUTH_URL: launcher.NEXTAUTH_URL ?? `http://localhost:${launcher.WEB_PORT}`,
};
const web: ChildProcess = dev
  ? spawn(
      process.execPath,
      [path.join(root, 'node_modules/next/dist/bin/next'), 'dev', '-p', String(launcher.WEB_PORT)],
      {
        cwd: path.join(root, 'apps/web'),
        stdio: ['ignore', 'inherit', 'inherit'],
        env: webEnv,
      },
    )
  : spawn(process.execPath, [standaloneServer()], { stdio: ['ignore', 'inherit', 'inherit'], env: webEnv });
let stopping = false;
const stopAll = async () => {
  stopping = true;
  web.kill('SIGTERM');
  await Promise.all(services.map((service) => service.host.close()));
  await databases.close();
};
web.on('exit', (code) => {
  // Its exit during a shutdown is the shutdown's own doing.
  if (stopping) return;
  console.error(`web app exited (${code ?? 'signal'}); stopping`);
  stopAll().finally(() => process.exit(code ?? 1));
});
runUntilSignal(stopAll);

const embedded = Object.values(databaseUrlsOf(backendEnv)).some((url) => !url);
console.log(`
Scentence is up (${((Date.now() - startedAt) / 1000).toFixed(1)} s, ${embedded ? `embedded databases in ${backendEnv.DATA_DIR}` : 'PostgreSQL'})
  web        http://localhost:${launcher.WEB_PORT}
  backend    ${serviceUrl('backend')}   docs ${serviceUrl('backend')}/docs
  scentmap   ${serviceUrl('scentmap')}   docs ${serviceUrl('scentmap')}/docs
  layering   ${serviceUrl('layering')}   docs ${serviceUrl('layering')}/docs
Press Ctrl+C to stop.`);
