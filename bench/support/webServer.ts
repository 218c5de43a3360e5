import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import buildWebOnce from '../../e2e/support/buildWebOnce';
import { freePort } from '../../e2e/support/freePort';

const root = path.resolve(import.meta.dirname, '../..');
const READY_TIMEOUT_MS = 60_000;
const BUILD_ATTEMPTS = 3;
const BUILD_RETRY_MS = 30_000;

export interface WebBuild {
  /** The standalone server's folder (`apps/web/server.js` under it). */
  dir: string;
  remove(): void;
}

function copyBuild(): WebBuild {
  const built = path.join(root, 'apps/web/.next');
  if (!existsSync(path.join(built, 'standalone/apps/web/server.js'))) throw new Error('the web app is not built');
  const dir = mkdtempSync(path.join(tmpdir(), 'scentence-bench-web-'));
  try {
    cpSync(path.join(built, 'standalone'), dir, { recursive: true, verbatimSymlinks: true });
    cpSync(path.join(built, 'static'), path.join(dir, 'apps/web/.next/static'), { recursive: true });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Builds the web app (cached) and takes a copy of the build of its own: other builds of the
 * shared tree would otherwise change the files under a running server. A copy spoiled by a build
 * that started meanwhile is built and taken again.
 */
export async function webBuildCopy(): Promise<WebBuild> {
  for (let attempt = 1; ; attempt++) {
    try {
      buildWebOnce();
      return copyBuild();
    } catch (error) {
      if (attempt >= BUILD_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, BUILD_RETRY_MS));
    }
  }
}

export interface WebServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * The web app's standalone server (as `npm start` runs it) from `build`, on a free port, in
 * front of the services named in `env` (SCENTMAP_URL, BACKEND_URL…).
 */
export async function startWebServer(build: WebBuild, env: Record<string, string>): Promise<WebServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, [path.join(build.dir, 'apps/web/server.js')], {
    // Quiet: its link prefetches ask services a benchmark may not run (the backend), and say so.
    stdio: ['ignore', 'ignore', 'ignore'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      PORT: String(port),
      HOSTNAME: '127.0.0.1',
      NEXTAUTH_URL: url,
      ...env,
    },
  });
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
  };
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the web server exited (${child.exitCode})`);
    try {
      // Any answer will do: it is listening (this one asks no service but the scent map's health).
      await fetch(`${url}/api/scentmap-health`);
      return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  await stop();
  throw new Error(`the web server did not answer within ${READY_TIMEOUT_MS / 1000} s`);
}
