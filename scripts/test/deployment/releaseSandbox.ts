import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');

export interface ScriptResult {
  code: number;
  stdout: string;
  stderr: string;
  output: string;
}

/** Runs a script asynchronously (the health server answers in this process meanwhile). */
export function runScript(file: string, args: string[], env: NodeJS.ProcessEnv): Promise<ScriptResult> {
  return new Promise((resolve) => {
    execFile('bash', [file, ...args], { env, cwd: REPO_ROOT, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr, output: `${stdout}\n${stderr}` });
    });
  });
}

// Records every call with the image tag and registry it got; `up` makes its tag the running one.
const FAKE_COMPOSE = `#!/usr/bin/env bash
printf 'IMAGE_TAG=%s IMAGE_REGISTRY=%s %s\\n' "\${IMAGE_TAG-}" "\${IMAGE_REGISTRY-}" "$*" >>"$FAKE_COMPOSE_LOG"
for argument in "$@"; do
  if [[ $argument == up ]]; then
    if [[ " \${FAKE_COMPOSE_FAIL_UP:-} " == *" $IMAGE_TAG "* ]]; then exit 1; fi
    printf '%s\\n' "$IMAGE_TAG" >"$FAKE_COMPOSE_STATE"
  fi
done
`;

export interface ComposeCall {
  tag: string;
  registry: string;
  args: string;
}

export interface HealthServer {
  url: string;
  /** Tags whose health URLs answer 503, as a broken release would. */
  unhealthy: Set<string>;
  close(): Promise<void>;
}

/** The three public health paths; a release is healthy unless its tag is in `unhealthy`. */
async function startHealthServer(stateFile: string): Promise<HealthServer> {
  const unhealthy = new Set<string>();
  const server = http.createServer((req, res) => {
    const running = existsSync(stateFile) ? readFileSync(stateFile, 'utf8').trim() : '';
    const healthy = req.url !== '/always-503' && running !== '' && !unhealthy.has(running);
    res.writeHead(healthy ? 200 : 503, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ status: healthy ? 'ok' : 'degraded', running }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    unhealthy,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export const REGISTRY = 'registry.test/scentence';

/**
 * A deploy folder in a temporary directory: the repository's compose file, a .env, a fake compose
 * command and a health server standing in for the web app's three health URLs.
 */
export async function createReleaseSandbox() {
  const dir = mkdtempSync(path.join(tmpdir(), 'scentence-deploy-'));
  const composeLog = path.join(dir, 'compose.log');
  const composeState = path.join(dir, 'running-tag');
  const fakeCompose = path.join(dir, 'fake-compose');
  writeFileSync(fakeCompose, FAKE_COMPOSE, { mode: 0o755 });
  writeFileSync(path.join(dir, '.env'), 'AUTH_SECRET=test-secret-that-is-at-least-32-characters\n');
  writeFileSync(
    path.join(dir, 'docker-compose.production.yml'),
    readFileSync(path.join(REPO_ROOT, 'docker-compose.production.yml'), 'utf8'),
  );
  const health = await startHealthServer(composeState);
  const releasesDir = path.join(dir, '.releases');

  // A clean environment: only what the scripts are documented to read.
  const env = (overrides: Record<string, string> = {}): NodeJS.ProcessEnv => ({
    NODE_ENV: 'test',
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: dir,
    DEPLOY_DIR: dir,
    RELEASES_DIR: releasesDir,
    COMPOSE_CMD: fakeCompose,
    IMAGE_REGISTRY: REGISTRY,
    DEPLOY_ACTOR: 'tester',
    FAKE_COMPOSE_LOG: composeLog,
    FAKE_COMPOSE_STATE: composeState,
    HEALTH_URLS: ['/api/backend-openapi', '/api/scentmap-health', '/api/layering-health']
      .map((p) => health.url + p)
      .join(' '),
    HEALTH_TIMEOUT: '2',
    HEALTH_INTERVAL: '0.1',
    HEALTH_PROBE_TIMEOUT: '1',
    ...overrides,
  });

  const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '');
  const lines = (file: string) => read(file).split('\n').filter(Boolean);

  return {
    dir,
    releasesDir,
    health,
    env,
    deploy: (args: string[], overrides?: Record<string, string>) =>
      runScript(path.join(REPO_ROOT, 'scripts/deploy.sh'), args, env(overrides)),
    rollback: (args: string[], overrides?: Record<string, string>) =>
      runScript(path.join(REPO_ROOT, 'scripts/rollback.sh'), args, env(overrides)),
    composeCalls: (): ComposeCall[] =>
      lines(composeLog).map((line) => {
        const [, tag = '', registry = '', args = ''] = /^IMAGE_TAG=(\S*) IMAGE_REGISTRY=(\S*) (.*)$/.exec(line) ?? [];
        return { tag, registry, args };
      }),
    running: () => read(composeState).trim(),
    stack: () => lines(path.join(releasesDir, 'stack')),
    history: () => lines(path.join(releasesDir, 'history.log')),
    async dispose() {
      await health.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type ReleaseSandbox = Awaited<ReturnType<typeof createReleaseSandbox>>;
