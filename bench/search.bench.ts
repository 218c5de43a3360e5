import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { load } from './support/httpLoad';
import { REST_PATH, TRPC_PATH } from './support/searchQuery';

const SECONDS = 5;
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
      ['bare node:http (baseline)', `http://127.0.0.1:${barePort}`, '/'],
      // A parameter the host drops makes each URL new: the answer kept by its ETag is not reused.
      ['REST  GET /api/perfumes', `http://127.0.0.1:${backendPort}`, (n: number) => `${REST_PATH}&_=${n}`],
      ['tRPC  perfume.search', `http://127.0.0.1:${backendPort}`, TRPC_PATH],
    ] as const;
    const results = [];
    for (const [name, origin, path] of targets) {
      await load({ origin, path, connections: CONCURRENCY, seconds: 1 }); // warm-up
      results.push({ name, ...(await load({ origin, path, connections: CONCURRENCY, seconds: SECONDS })) });
    }
    const baseline = results[0]!.perSecond;
    return [
      `perfume search (autocannon): ${SECONDS} s per target, ${CONCURRENCY} connections, embedded database (343 perfumes)`,
      ...results.map(
        (r) =>
          `  ${r.name.padEnd(28)} ${r.perSecond.toFixed(0).padStart(7)} req/s  p50 ${r.p50Ms.toFixed(1)} ms  p99 ${r.p99Ms.toFixed(1)} ms  ` +
          `${(r.perSecond / baseline).toFixed(3)}× baseline${r.errors + r.unexpected ? `  errors ${r.errors + r.unexpected}` : ''}`,
      ),
    ];
  } finally {
    child.kill('SIGTERM');
  }
}
