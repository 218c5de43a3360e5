/**
 * Child process of the system-load benchmark: the three services in one process around one set of
 * databases, composed as `npm start` composes them (scripts/start.ts; the web app is left out),
 * and a bare node:http handler answering a perfume page's bytes from memory (the ceiling). The
 * databases: embedded PGlite under the bench's temporary DATA_DIR (as `npm start`), or the three
 * the bench made on a server (their URLs as JSON in the first argument). The bench removes both
 * afterwards. Prints the ports and the perfume ids as one JSON line; on SIGTERM closes everything.
 */
import path from 'node:path';
import { createBackendService, loadBackendEnv, memberSettingsOf } from '@scentence/backend';
import { openDatabases, seedShippedCatalog } from '@scentence/db';
import { createLayeringService, layeringLimitsOf, loadLayeringEnv } from '@scentence/layering';
import { createScentmapService } from '@scentence/scentmap';
import { startBareCeiling } from './bareCeiling';
import type { SystemLoadFixtures } from './systemLoadFixtures';

/** The three databases' URLs (perfume, recom, member) as JSON, or none for the embedded ones. */
const urls = process.argv[2] ? (JSON.parse(process.argv[2]) as Record<'perfume' | 'recom' | 'member', string>) : null;
const HOST = '127.0.0.1';

const backendEnv = loadBackendEnv();
/** The bench's temporary folder (it removes it): the embedded databases and local uploads. */
const dataDir = backendEnv.DATA_DIR;
const settings = {
  authSecret: `bench-${path.basename(dataDir)}-secret-for-this-run-only`,
  corsOrigins: [],
  trustedProxies: backendEnv.TRUSTED_PROXIES,
};
const databases = await openDatabases({
  urls: urls ?? {},
  dataDir,
  maxConnections: backendEnv.DATABASE_POOL_SIZE,
});
const sql = databases.get('perfume');
await seedShippedCatalog(sql);

// The chat reaches the layering service over HTTP, so the layering service listens first.
const layeringEnv = loadLayeringEnv();
const layering = createLayeringService(databases, settings, { limits: layeringLimitsOf(layeringEnv) }).host;
const layeringPort = await layering.listen(0, HOST);
const scentmap = createScentmapService(databases, settings).host;
const scentmapPort = await scentmap.listen(0, HOST);
const backend = createBackendService(databases, {
  ...settings,
  member: memberSettingsOf(backendEnv, dataDir),
  layeringUrl: `http://${HOST}:${layeringPort}`,
}).host;
const backendPort = await backend.listen(0, HOST);

const ids = (await sql<{ id: number }[]>`SELECT id FROM perfumes ORDER BY id`).map((row) => row.id);
const page = await fetch(`http://${HOST}:${backendPort}/api/perfumes/${ids[0]}`);
const ceiling = await startBareCeiling(Buffer.from(await page.arrayBuffer()));

const fixtures: SystemLoadFixtures = {
  engine: urls ? 'postgres' : 'pglite',
  serverVersion: (await sql<{ server_version: string }[]>`SHOW server_version`)[0]?.server_version ?? '?',
  poolSize: urls ? backendEnv.DATABASE_POOL_SIZE : 1,
  layeringReadsPerMinute: layeringEnv.LAYERING_READS_PER_MINUTE,
  trustedProxies: backendEnv.TRUSTED_PROXIES.join(','),
  ports: { backend: backendPort, scentmap: scentmapPort, layering: layeringPort, ceiling: ceiling.port },
  ids,
};
console.log(JSON.stringify(fixtures));

process.on('SIGTERM', () => {
  void (async () => {
    ceiling.server.closeAllConnections();
    await Promise.all([backend.close(), scentmap.close(), layering.close()]);
    await databases.close();
    process.exit(0);
  })();
});
