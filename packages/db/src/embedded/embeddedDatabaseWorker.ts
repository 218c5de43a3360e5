// Runs in a worker thread (see embeddedDatabase.ts): PGlite executes queries synchronously, so on
// the services' own thread every catalog query stalled every other database's round trips.
// Node loads this file by itself (type stripping), so it imports packages only.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { vector } from '@electric-sql/pglite-pgvector';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedWorkerData {
  dataDir: string | undefined;
  settings: Record<string, string>;
}

export type EmbeddedWorkerMessage = { ready: string } | { failed: string } | { stopped: true };

const port = parentPort;
if (!port) throw new Error('embeddedDatabaseWorker runs only as a worker thread');
const { dataDir, settings } = workerData as EmbeddedWorkerData;
const send = (message: EmbeddedWorkerMessage) => port.postMessage(message);

try {
  const db = await PGlite.create({ dataDir, extensions: { vector, pg_trgm } });
  // PGlite has one session that every socket client shares, and it ignores startup parameters.
  await db.exec('CREATE EXTENSION IF NOT EXISTS vector; CREATE EXTENSION IF NOT EXISTS pg_trgm;');
  for (const [name, value] of Object.entries(settings)) {
    await db.query('SELECT set_config($1, $2, false)', [name, value]);
  }
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 1 });
  await server.start();
  port.on('message', async () => {
    await server.stop();
    await db.close();
    send({ stopped: true });
    port.close();
  });
  send({ ready: server.getServerConn() });
} catch (error) {
  send({ failed: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  port.close();
}
