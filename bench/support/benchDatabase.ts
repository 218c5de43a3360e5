import { randomBytes } from 'node:crypto';
import postgres from 'postgres';

export interface FreshDatabase {
  /** The server's URL with the fresh database's name. */
  url: string;
  drop(): Promise<void>;
}

/** A new, empty database on the server at `serverUrl` for one benchmark run; `drop` removes it. */
export async function freshServerDatabase(serverUrl: string): Promise<FreshDatabase> {
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  const name = `scentence_bench_${randomBytes(4).toString('hex')}`;
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}
