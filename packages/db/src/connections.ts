import path from 'node:path';
import postgres from 'postgres';
import { socketClosingAfterPendingWrites } from './closeAfterPendingWrites';
import { type EmbeddedDatabase, startEmbeddedDatabase } from './embedded/embeddedDatabase';
import { migrate } from './migrations/migrate';
import { SESSION_SETTINGS } from './sessionSettings';
import { guardTransactionsAgainstConnectionLoss } from './transactionConnectionLoss';

export const LOGICAL_DATABASES = ['perfume', 'recom', 'member'] as const;
export type LogicalDatabase = (typeof LOGICAL_DATABASES)[number];

export type Sql = postgres.Sql;

export interface DatabaseConfig {
  /** A URL per logical database; a missing one is served by the embedded database. */
  urls: Partial<Record<LogicalDatabase, string>>;
  /** Where embedded databases keep their files (`<dataDir>/<name>`); undefined keeps them in memory. */
  dataDir?: string;
  /** Pool size for real servers; embedded databases always get exactly one connection. */
  maxConnections?: number;
  /** Which logical databases this process opens (a service alone opens only its own). */
  open?: readonly LogicalDatabase[];
}

export interface Databases {
  sql: Partial<Record<LogicalDatabase, Sql>>;
  get(name: LogicalDatabase): Sql;
  close(): Promise<void>;
}

/**
 * How long a pool connection waits before connecting again after it failed. postgres.js waits up to
 * 20 s by default, growing with every failure of the pool: after a 2 s outage the backend still
 * answered 503 for 9 s once PostgreSQL was back. At most a second (a pool of ten tries at
 * most ten times a second), with jitter so the connections do not come back in step.
 */
const reconnectDelaySeconds = (failures: number) => Math.min(0.05 * 2 ** failures, 1) * (0.5 + Math.random() / 2);

function connect(url: string, max: number): Sql {
  const sql = postgres(url, {
    max,
    onnotice: () => {},
    connect_timeout: 5,
    idle_timeout: 60,
    backoff: reconnectDelaySeconds,
    // Queries must fail fast when the server is gone so callers get a 503, not a hang.
    connection: { application_name: 'scentence', statement_timeout: 15_000, ...SESSION_SETTINGS },
    // A documented option the driver's types leave out.
    ...({ socket: socketClosingAfterPendingWrites(url) } as postgres.Options<Record<string, never>>),
  });
  guardTransactionsAgainstConnectionLoss(sql);
  return sql;
}

/**
 * postgres.js 3.4.x asks every new connection for the server's array types, in a promise nobody
 * awaits: when the connection drops during that query (the server stopping or restarting), the
 * rejection is unhandled and ends the process (a bare `read ECONNRESET`). The first connection
 * has registered them for the whole pool by the time the migrations ran (our schema adds no
 * types whose arrays we read), so the connections opened after it need not ask again.
 */
function stopFetchingArrayTypes(sql: Sql) {
  sql.options.fetch_types = false;
}

/** Opens (and migrates) the logical databases; embedded ones are started around PGlite. */
export async function openDatabases(config: DatabaseConfig): Promise<Databases> {
  const names = config.open ?? LOGICAL_DATABASES;
  const sql: Partial<Record<LogicalDatabase, Sql>> = {};
  const embedded: EmbeddedDatabase[] = [];
  const close = async () => {
    await Promise.all(Object.values(sql).map((client) => client.end({ timeout: 5 })));
    await Promise.all(embedded.map((database) => database.stop()));
  };
  try {
    for (const name of names) {
      const url = config.urls[name];
      if (url) {
        sql[name] = connect(url, config.maxConnections ?? 10);
      } else {
        const database = await startEmbeddedDatabase(config.dataDir ? path.join(config.dataDir, name) : undefined);
        embedded.push(database);
        sql[name] = connect(database.url, 1);
      }
      await migrate(sql[name] as Sql, name);
      stopFetchingArrayTypes(sql[name] as Sql);
    }
  } catch (error) {
    await close();
    throw error;
  }
  return {
    sql,
    get(name) {
      const client = sql[name];
      if (!client) throw new Error(`The ${name} database is not open in this process`);
      return client;
    },
    close,
  };
}
