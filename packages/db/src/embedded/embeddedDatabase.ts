import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { vector } from '@electric-sql/pglite-pgvector';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { SESSION_SETTINGS } from '../sessionSettings';
import { lockDataDir } from './dataDirLock';

export interface EmbeddedDatabase {
  /** A postgres:// URL on 127.0.0.1 that exactly one client (with max: 1) may use. */
  url: string;
  stop(): Promise<void>;
}

/**
 * Real PostgreSQL (PGlite) with pgvector and pg_trgm, served on a loopback socket so that the
 * repositories speak postgres.js whether embedded or not. `dataDir` undefined keeps it in memory.
 */
export async function startEmbeddedDatabase(dataDir?: string): Promise<EmbeddedDatabase> {
  const unlock = dataDir ? lockDataDir(dataDir) : () => {};
  try {
    const db = await PGlite.create({ dataDir, extensions: { vector, pg_trgm } });
    // PGlite has one session that every socket client shares, and it ignores startup parameters.
    await db.exec('CREATE EXTENSION IF NOT EXISTS vector; CREATE EXTENSION IF NOT EXISTS pg_trgm;');
    for (const [name, value] of Object.entries(SESSION_SETTINGS)) {
      await db.query('SELECT set_config($1, $2, false)', [name, value]);
    }
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 1 });
    await server.start();
    return {
      url: `postgres://postgres@${server.getServerConn()}/postgres`,
      async stop() {
        await server.stop();
        await db.close();
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}
