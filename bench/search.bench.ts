import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { load } from './support/load';
import { REST_PATH, TRPC_PATH } from './support/searchQuery';

const REQUESTS = 3_000;
const CONCURRENCY = 16;
const root = path.resolve(import.meta.dirname, '..');

/** REST and tRPC perfume search against a bare node:http handler returning the same JSON, in one run. */
export async function run(): Promise<string[]> {
  const child = spawn(path.join(root, 'node_modules/.bin/tsx'), ['bench/support/searchServers.ts'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const first = await createInterface({ input: child.stdout! })[Symbol.asyncIterator]().next();
    const { backendPort, barePort } = JSON.parse(String(first.value)) as { backendPort: number; barePort: number };
    const targets = [
      ['bare node:http (baseline)', `http://127.0.0.1:${barePort}/`],
      ['REST  GET /api/perfumes', `http://127.0.0.1:${backendPort}${REST_PATH}`],
      ['tRPC  perfume.search', `http://127.0.0.1:${backendPort}${TRPC_PATH}`],
    ] as const;
    for (const [, url] of targets) await load(url, 200, 4); // warm-up
    const results = [];
    for (const [name, url] of targets) results.push({ name, ...(await load(url, REQUESTS, CONCURRENCY)) });
    const baseline = results[0]!.perSecond;
    return [
      `perfume search: ${REQUESTS} requests per target, ${CONCURRENCY} connections, embedded database (343 perfumes)`,
      ...results.map(
        (r) =>
          `  ${r.name.padEnd(28)} ${r.perSecond.toFixed(0).padStart(7)} req/s  p50 ${r.p50Ms.toFixed(1)} ms  p99 ${r.p99Ms.toFixed(1)} ms  ` +
          `${(r.perSecond / baseline).toFixed(3)}× baseline${r.errors ? `  errors ${r.errors}` : ''}`,
      ),
    ];
  } finally {
    child.kill('SIGTERM');
  }
}
