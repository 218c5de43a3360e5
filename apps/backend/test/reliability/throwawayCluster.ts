import { type SpawnOptions, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../../../../e2e/support/freePort';

const POSTGRES_BIN = '/usr/lib/postgresql/15/bin';
const initdb = path.join(POSTGRES_BIN, 'initdb');
const pgCtl = path.join(POSTGRES_BIN, 'pg_ctl');

/** Whether this machine can make a throwaway PostgreSQL 15 cluster (CI can). */
export const canMakeCluster = () => existsSync(initdb) && existsSync(pgCtl);

/** A PostgreSQL cluster of our own in a temp folder, for a test to stop and start at will. */
export interface ThrowawayCluster {
  port: number;
  /** `postgres://postgres@127.0.0.1:<port>/<database>` */
  url(database: string): string;
  /** `pg_ctl stop -m fast`: clients are disconnected, new connections refused. */
  stop(): Promise<void>;
  /** `pg_ctl start`, waiting until it accepts connections. */
  start(): Promise<void>;
  /** Stops it if it runs and deletes its folder. */
  remove(): Promise<void>;
}

interface Account {
  uid: number;
  gid: number;
}

/** PostgreSQL refuses to run as root: as root, the cluster belongs to the `postgres` account. */
function clusterOwner(): Account | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('postgres:'));
  const [, , uid, gid] = line?.split(':') ?? [];
  if (!uid || !gid) throw new Error('running as root and there is no postgres account to own the cluster');
  return { uid: Number(uid), gid: Number(gid) };
}

function run(command: string, args: string[], owner: Account | undefined): Promise<void> {
  const options: SpawnOptions = {
    stdio: ['ignore', 'pipe', 'pipe'],
    // As the postgres account, the checkout (CI clones it under root's folders) may be unreadable.
    cwd: tmpdir(),
    env: { ...process.env, LC_ALL: 'C.UTF-8' },
    ...(owner && { uid: owner.uid, gid: owner.gid }),
  };
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, options);
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk;
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk;
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${path.basename(command)} ${args.at(-1)} failed (${code}): ${output}`)),
    );
  });
}

/** initdb (trust auth) into a temp folder and start it on a free loopback port. */
export async function startThrowawayCluster(): Promise<ThrowawayCluster> {
  const owner = clusterOwner();
  const dir = mkdtempSync(path.join(tmpdir(), 'scentence-pg-faults-'));
  if (owner) chownSync(dir, owner.uid, owner.gid);
  const data = path.join(dir, 'data');
  const port = await freePort();
  let running = false;
  const ctl = (...args: string[]) => run(pgCtl, ['-D', data, ...args], owner);
  const cluster: ThrowawayCluster = {
    port,
    url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    async start() {
      await ctl(
        '-l',
        path.join(dir, 'server.log'),
        '-w',
        '-t',
        '30',
        '-o',
        `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`,
        'start',
      );
      running = true;
    },
    async stop() {
      await ctl('-m', 'fast', '-w', '-t', '30', 'stop');
      running = false;
    },
    async remove() {
      if (running) await ctl('-m', 'immediate', '-w', 'stop').catch(() => {});
      running = false;
      rmSync(dir, { recursive: true, force: true });
    },
  };
  try {
    await run(initdb, ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C', '-N'], owner);
    await cluster.start();
  } catch (error) {
    await cluster.remove();
    throw error;
  }
  return cluster;
}
