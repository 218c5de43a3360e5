import { Worker } from 'node:worker_threads';
import { SESSION_SETTINGS } from '../sessionSettings';
import { lockDataDir } from './dataDirLock';
import type { EmbeddedWorkerData, EmbeddedWorkerMessage } from './embeddedDatabaseWorker';

export interface EmbeddedDatabase {
  /** A postgres:// URL on 127.0.0.1 that exactly one client (with max: 1) may use. */
  url: string;
  stop(): Promise<void>;
}

/** The worker's next message, or its failure (an error thrown, or an exit before it spoke). */
function nextMessage(worker: Worker): Promise<EmbeddedWorkerMessage> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      worker.off('message', onMessage);
      worker.off('error', reject);
      worker.off('exit', onExit);
    };
    const onMessage = (message: EmbeddedWorkerMessage) => {
      cleanup();
      resolve(message);
    };
    const onExit = (code: number) => {
      cleanup();
      reject(new Error(`The embedded database's worker exited (${code}) before it answered`));
    };
    worker.on('message', onMessage);
    worker.once('error', reject);
    worker.once('exit', onExit);
  });
}

/**
 * Real PostgreSQL (PGlite) with pgvector and pg_trgm, served on a loopback socket so that the
 * repositories speak postgres.js whether embedded or not. Each runs in a worker thread of its own,
 * so its queries run beside the services' thread instead of stalling it (and each other: a
 * transaction on one database waited behind every catalog query of another). `dataDir`
 * undefined keeps it in memory.
 */
export async function startEmbeddedDatabase(dataDir?: string): Promise<EmbeddedDatabase> {
  const unlock = dataDir ? lockDataDir(dataDir) : () => {};
  const data: EmbeddedWorkerData = { dataDir, settings: { ...SESSION_SETTINGS } };
  const worker = new Worker(new URL('./embeddedDatabaseWorker.ts', import.meta.url), { workerData: data });
  // A process that forgot to stop it still exits.
  worker.unref();
  try {
    const started = await nextMessage(worker);
    if (!('ready' in started)) throw new Error(`The embedded database did not start: ${JSON.stringify(started)}`);
    // Its queries then fail to connect (503s); the process itself goes on.
    worker.on('error', (error) => console.error('[db] the embedded database stopped:', error));
    let stopped: Promise<void> | undefined;
    const stop = async () => {
      const answered = nextMessage(worker).catch(() => undefined);
      worker.postMessage('stop');
      await answered;
      await worker.terminate();
      unlock();
    };
    return {
      url: `postgres://postgres@${started.ready}/postgres`,
      // Once, however many callers ask: a stopped worker would never answer a second request.
      stop: () => {
        stopped ??= stop();
        return stopped;
      },
    };
  } catch (error) {
    await worker.terminate();
    unlock();
    throw error;
  }
}
