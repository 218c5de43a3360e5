import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { type Databases, type LogicalDatabase, openDatabases } from '../connections';
import { startEmbeddedDatabase } from '../embedded/embeddedDatabase';
import { startTcpProxy, type TcpProxy } from './tcpProxy';
import { testEnv } from './testEnv';

export interface TestDatabases extends Databases {
  /** "pglite" or "postgres": which engine the suite runs on. */
  engine: 'pglite' | 'postgres';
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * Fresh, migrated databases for one test file: in-memory PGlite by default, or new databases on
 * the server named by TEST_DATABASE_URL (dropped again on close).
 */
export async function createTestDatabases(open: readonly LogicalDatabase[] = ['perfume']): Promise<TestDatabases> {
  const serverUrl = testEnv.TEST_DATABASE_URL;
  if (!serverUrl) {
    const databases = await openDatabases({ urls: {}, open });
    return { ...databases, engine: 'pglite' };
  }
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  const suffix = randomBytes(4).toString('hex');
  const names = Object.fromEntries(open.map((name) => [name, `scentence_test_${name}_${suffix}`])) as Record<
    LogicalDatabase,
    string
  >;
  for (const name of open) await admin.unsafe(`CREATE DATABASE ${names[name]}`);
  const urls = Object.fromEntries(open.map((name) => [name, withDatabase(serverUrl, names[name])]));
  const databases = await openDatabases({ urls, open, maxConnections: 4 });
  return {
    ...databases,
    engine: 'postgres',
    async close() {
      await databases.close();
      for (const name of open) await admin.unsafe(`DROP DATABASE IF EXISTS ${names[name]} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/**
 * A perfume database reached through a TCP proxy the test can cut and restore: the embedded
 * PGlite by default, a fresh database on TEST_DATABASE_URL's server otherwise.
 */
export async function createDatabaseBehindProxy(): Promise<{
  databases: Databases;
  proxy: TcpProxy;
  close(): Promise<void>;
}> {
  const serverUrl = testEnv.TEST_DATABASE_URL;
  let target: URL;
  let cleanup: () => Promise<void>;
  if (serverUrl) {
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    const name = `scentence_test_proxy_${randomBytes(4).toString('hex')}`;
    await admin.unsafe(`CREATE DATABASE ${name}`);
    target = new URL(withDatabase(serverUrl, name));
    cleanup = async () => {
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    };
  } else {
    const embedded = await startEmbeddedDatabase();
    target = new URL(embedded.url);
    cleanup = embedded.stop;
  }
  const proxy = await startTcpProxy(target.hostname, Number(target.port || 5432));
  const viaProxy = new URL(target);
  viaProxy.hostname = '127.0.0.1';
  viaProxy.port = String(proxy.port);
  const databases = await openDatabases({
    urls: { perfume: viaProxy.toString() },
    open: ['perfume'],
    maxConnections: 1,
  });
  return {
    databases,
    proxy,
    async close() {
      await databases.close();
      await proxy.close();
      await cleanup();
    },
  };
}
