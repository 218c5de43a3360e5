import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from './freePort';

const root = path.resolve(import.meta.dirname, '../..');
const READY_TIMEOUT_MS = 240_000;

export interface RunningSystem {
  webUrl: string;
  backendUrl: string;
  scentmapUrl: string;
  layeringUrl: string;
  dataDir: string;
  stop(): Promise<void>;
}

async function waitFor(url: string, child: ChildProcess, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the system exited (${child.exitCode}) before ${url} answered`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer within ${READY_TIMEOUT_MS / 1000} s`);
}

export interface StartOptions {
  /** Receives everything the system writes, stdout and stderr (they are not shown then). */
  onOutput?: (text: string) => void;
}

/** Runs `scripts/start.ts` on free ports with its own data folder (the web app is built by the tests' global setup). */
export async function startSystem(
  extraEnv: Record<string, string> = {},
  options: StartOptions = {},
): Promise<RunningSystem> {
  const [web, backend, scentmap, layering] = [await freePort(), await freePort(), await freePort(), await freePort()];
  const dataDir = mkdtempSync(path.join(tmpdir(), 'scentence-e2e-'));
  const child = spawn(path.join(root, 'node_modules/.bin/tsx'), ['scripts/start.ts'], {
    cwd: root,
    stdio: ['ignore', 'pipe', options.onOutput ? 'pipe' : 'inherit'],
    env: {
      ...process.env,
      // next-auth's callback URLs (Kakao's redirect_uri) must name the origin the browser uses.
      NEXTAUTH_URL: `http://127.0.0.1:${web}`,
      ...extraEnv,
      DATA_DIR: dataDir,
      WEB_PORT: String(web),
      BACKEND_PORT: String(backend),
      SCENTMAP_PORT: String(scentmap),
      LAYERING_PORT: String(layering),
      HOST: '127.0.0.1',
    },
  });
  const { onOutput } = options;
  if (onOutput) {
    for (const stream of [child.stdout, child.stderr]) stream?.setEncoding('utf8').on('data', onOutput);
  } else {
    child.stdout?.resume();
  }
  const webUrl = `http://127.0.0.1:${web}`;
  const deadline = Date.now() + READY_TIMEOUT_MS;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitFor(`${webUrl}/api/backend-openapi`, child, deadline);
    await waitFor(`${webUrl}/api/scentmap-health`, child, deadline);
    await waitFor(`${webUrl}/api/layering-health`, child, deadline);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    webUrl,
    backendUrl: `http://127.0.0.1:${backend}`,
    scentmapUrl: `http://127.0.0.1:${scentmap}`,
    layeringUrl: `http://127.0.0.1:${layering}`,
    dataDir,
    stop,
  };
}
