import { randomBytes } from 'node:crypto';
import { LOGICAL_DATABASES, type LogicalDatabase } from '@scentence/db';
import postgres from 'postgres';

export interface ReplicaDatabases {
  /** The environment every replica gets: one URL per logical database, as production's `.env`. */
  env: Record<'PERFUME_DATABASE_URL' | 'RECOM_DATABASE_URL' | 'MEMBER_DATABASE_URL', string>;
  urls: Record<LogicalDatabase, string>;
  /** Drops the databases, closing whatever connections are still open on them. */
  drop(): Promise<void>;
}

function withDatabase(serverUrl: string, database: string): string {
  const parsed = new URL(serverUrl);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * Three new, empty databases (perfume_db, recom_db, member_db) on the server of `serverUrl`, as
 * `deploy/postgres/initdb` makes them: the replicas migrate and seed them themselves when they start.
 */
export async function createReplicaDatabases(serverUrl: string): Promise<ReplicaDatabases> {
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  const suffix = randomBytes(4).toString('hex');
  const names = Object.fromEntries(
    LOGICAL_DATABASES.map((name) => [name, `scentence_test_replicas_${name}_${suffix}`]),
  ) as Record<LogicalDatabase, string>;
  const created: string[] = [];
  const drop = async () => {
    for (const name of created) await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  };
  try {
    for (const name of LOGICAL_DATABASES) {
      await admin.unsafe(`CREATE DATABASE ${names[name]}`);
      created.push(names[name]);
    }
  } catch (error) {
    await drop();
    throw error;
  }
  const urls = Object.fromEntries(
    LOGICAL_DATABASES.map((name) => [name, withDatabase(serverUrl, names[name])]),
  ) as Record<LogicalDatabase, string>;
  return {
    urls,
    env: { PERFUME_DATABASE_URL: urls.perfume, RECOM_DATABASE_URL: urls.recom, MEMBER_DATABASE_URL: urls.member },
    drop,
  };
}
