import { type ChildProcess, type SpawnOptions, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../../..');
const READY_TIMEOUT_MS = 90_000;
const LISTENING = /listening on http:\/\/127\.0\.0\.1:(\d+)/;

/** The backend image's command: its entry point waits for the databases, then runs the server module. */
const ENTRY = ['deploy/runtime/startService.ts', 'apps/backend/src/server.ts'];

/** The backend as its image runs it, in a process of its own. */
export interface BackendProcess {
  baseUrl: string;
  /** The exit code or signal, once the process has exited on its own; null while it runs. */
  exited(): string | null;
  /** What it wrote on stderr, for a failure message. */
  errors(): string;
  stop(): Promise<void>;
}

/** Variables the test machine may have set that would point the backend elsewhere. */
const INHERITED_OUT = ['DATABASE_URL', 'TEST_DATABASE_URL', 'OPENAI_API_KEY', 'OPENAI_BASE_URL', 'STORAGE_DRIVER'];

export async function startBackendProcess(env: Record<string, string>): Promise<BackendProcess> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'scentence-faults-backend-'));
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !INHERITED_OUT.includes(key)));
  const options: SpawnOptions = {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...inherited, ...env, NODE_ENV: 'production', BACKEND_PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir },
  };
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', ...ENTRY], options);
  let exit: string | null = null;
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = `${stderr}${chunk}`.slice(-20_000);
  });
  child.once('exit', (code, signal) => {
    exit = code === null ? String(signal) : `code ${code}`;
  });
  const stop = async () => {
    if (exit === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (exit === null) child.kill('SIGKILL');
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let stdout = '';
      const timer = setTimeout(() => reject(new Error('the backend did not listen in time')), READY_TIMEOUT_MS);
      child.stdout?.on('data', (chunk: Buffer) => {
        stdout += chunk;
        const match = LISTENING.exec(stdout);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      });
      child.once('exit', () => {
        clearTimeout(timer);
        reject(new Error(`the backend exited before listening: ${stderr}`));
      });
    });
    child.stdout?.resume();
    return { baseUrl: `http://127.0.0.1:${port}`, exited: () => exit, errors: () => stderr, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
