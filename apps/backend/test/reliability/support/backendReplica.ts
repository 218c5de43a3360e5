import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../../../..');
const READY_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 10_000;

export interface BackendReplica {
  name: string;
  url: string;
  /** What the process printed (stdout and stderr), for the failure message and the log checks. */
  output(): string;
  stop(): Promise<void>;
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, STOP_TIMEOUT_MS))]);
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

/** Resolves with the port once the process says it listens; rejects when it exits or takes too long. */
function listeningPort(child: ChildProcess, output: () => string): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no "listening" line within ${READY_TIMEOUT_MS} ms`)),
      READY_TIMEOUT_MS,
    );
    const onData = () => {
      const port = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(output())?.[1];
      if (!port) return;
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      resolve(Number(port));
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`exited (${code ?? signal}) before listening`));
    });
  });
}

/**
 * One backend process started as the image starts it (`node --import tsx deploy/runtime/startService.ts
 * apps/backend/src/server.ts`, NODE_ENV=production), on a port of its own choosing (BACKEND_PORT=0),
 * with its own DATA_DIR so that nothing is shared through the disk. Only the given variables reach
 * it (no OPENAI_API_KEY: the chat answers with its offline engine).
 */
export async function startBackendReplica(name: string, env: Record<string, string>): Promise<BackendReplica> {
  const dataDir = mkdtempSync(path.join(tmpdir(), `scentence-replica-${name}-`));
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'deploy/runtime/startService.ts', 'apps/backend/src/server.ts'],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? tmpdir(),
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        BACKEND_PORT: '0',
        DATA_DIR: dataDir,
        ...env,
      },
    },
  );
  // Should the test's process end without its afterAll (a killed worker), the replica ends with it.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));
  let log = '';
  const append = (chunk: Buffer) => {
    log += chunk.toString('utf8');
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  const output = () => log;
  const stop = async () => {
    await stopChild(child);
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const port = await listeningPort(child, output);
    return { name, url: `http://127.0.0.1:${port}`, output, stop };
  } catch (error) {
    await stop();
    throw new Error(`backend replica ${name}: ${(error as Error).message}\n${log}`);
  }
}
