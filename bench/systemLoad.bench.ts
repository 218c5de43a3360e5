import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { startBenchChild, stopBenchChild } from './support/benchChild';
import { type FreshDatabase, freshServerDatabase } from './support/benchDatabase';
import { onEachEngine } from './support/benchEngines';
import { type LoadResult, load } from './support/httpLoad';
import type { Service, SystemLoadFixtures } from './support/systemLoadFixtures';
import { prepareMembers, signInAll } from './support/systemLoadMembers';
import { systemLoadMix } from './support/systemLoadMix';
import { type Figures, fiveHundreds, loadMix, type MixFigures, non2xx } from './support/systemLoadRun';

const argument = (name: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
/** Seconds of load per step (`--seconds=5` for a smoke run). */
const SECONDS = Number(argument('seconds') ?? 30);
/** Connection counts, one step each (`--connections=50,200`). */
const CONNECTIONS = (argument('connections') ?? '50,200').split(',').map(Number);
/** `--engine=pglite` or `postgres`: one engine only. */
const ENGINE = argument('engine');
/** `--operations=wardrobe,chat`: only those operations of the mix (by the label's first word), to look into one. */
const OPERATIONS = argument('operations')?.split(',');
/** `--one-address`: no X-Forwarded-For, every request from 127.0.0.1 (REST clients behind a balancer the services do not trust). */
const ONE_ADDRESS = process.argv.includes('--one-address');
const WARM_SECONDS = 3;
const WARM_CONNECTIONS = 10;
const MAP_READY_TIMEOUT_MS = 120_000;
/** Variables of the shell that would point the services elsewhere or at OpenAI: the chat runs its offline engine. */
const INHERITED_OUT = ['DATABASE_URL', 'PERFUME_DATABASE_URL', 'RECOM_DATABASE_URL', 'MEMBER_DATABASE_URL'];
const OPENAI_OUT = ['OPENAI_API_KEY', 'OPENAI_BASE_URL'];
/**
 * The bench stands in for the load balancer in front of the services: it is their trusted proxy,
 * and its X-Forwarded-For names a client per request (see systemLoadMix.ts), so per-address limits
 * count per client as in production, and no limit is raised.
 */
const BALANCER_ENV = { TRUSTED_PROXIES: '127.0.0.1' };
/**
 * Raised, and printed with the figures: a member may send 120 chat messages an hour, and REST
 * sign-ups (10 an hour per client address) give the run 8 members, who send a few
 * thousand chat turns in its minute of load. The limit is still counted on every turn.
 */
const RAISED_LIMITS = { CHAT_MEMBER_MESSAGES_PER_HOUR: '100000' };

function startServices(urls: Record<string, string> | null, dataDir: string) {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => ![...INHERITED_OUT, ...OPENAI_OUT].includes(key)),
  );
  return startBenchChild<SystemLoadFixtures>(
    'bench/support/systemLoadServices.ts',
    urls ? [JSON.stringify(urls)] : [],
    { ...env, ...BALANCER_ENV, ...RAISED_LIMITS, NODE_ENV: 'production', DATA_DIR: dataDir },
  );
}

/** The scent map is computed off the request path after the start; its points answer 503 until then. */
async function waitForMap(scentmap: string): Promise<void> {
  const deadline = Date.now() + MAP_READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const status = (await (await fetch(`${scentmap}/api/map/status`)).json()) as { ready?: boolean };
    if (status.ready) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the scent map was not ready in time');
}

interface Step {
  connections: number;
  ceiling: LoadResult;
  measured: MixFigures;
}

const fixed = (value: number, digits = 0) => value.toFixed(digits);
const ratio = (value: number, ceiling: number) => `${(value / ceiling).toFixed(value / ceiling < 0.1 ? 3 : 2)}×`;
const statusList = (figures: Figures) =>
  Object.entries(figures.statuses)
    .filter(([status]) => !status.startsWith('2'))
    .map(([status, count]) => `${status}: ${count}`)
    .join(', ');

function row(label: string, connections: number, figures: Omit<Figures, 'label' | 'connections'>, ceiling: number) {
  const others = statusList({ ...figures, label, connections });
  return (
    `  ${label.padEnd(40)} ${String(connections).padStart(5)} ${fixed(figures.perSecond).padStart(7)} ` +
    `${fixed(figures.p50Ms, 1).padStart(7)} ${fixed(figures.p99Ms, 1).padStart(7)} ${String(figures.errors).padStart(6)} ` +
    `${String(fiveHundreds({ ...figures, label, connections })).padStart(5)} ` +
    `${String(non2xx({ ...figures, label, connections })).padStart(7)} ${ratio(figures.perSecond, ceiling).padStart(9)}` +
    (others ? `  (${others})` : '')
  );
}

function table(steps: Step[]): string[] {
  const lines = [
    `  ${'target'.padEnd(40)} ${'conns'.padStart(5)} ${'req/s'.padStart(7)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ` +
      `${'errors'.padStart(6)} ${'5xx'.padStart(5)} ${'non-2xx'.padStart(7)} ${'× ceiling'.padStart(9)}`,
  ];
  for (const { connections, ceiling, measured } of steps) {
    const bare = { ...ceiling, requests: ceiling.requests, statuses: {} };
    lines.push(row('ceiling: bare node:http, a perfume page', connections, bare, ceiling.perSecond));
    if (ceiling.unexpected)
      lines.push(`    the ceiling answered ${ceiling.unexpected} times with another status than 200`);
    lines.push(row('**the mix**', connections, measured.mix, ceiling.perSecond));
    for (const operation of measured.operations) {
      lines.push(row(`  ${operation.label}`, operation.connections, operation, ceiling.perSecond));
    }
    const unanswered = measured.operations
      .filter((operation) => operation.errors > 0)
      .map((operation) => operation.label.split(' ')[0]);
    // The mix's p50 and p99 are over the answers only: an operation starved into timeouts adds none.
    if (unanswered.length > 0) lines.push(`    timed out (autocannon waits 10 s): ${unanswered.join(', ')}`);
  }
  return lines;
}

const loadAverage = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

/** Three fresh databases on the server, as production has them (perfume_db, recom_db, member_db). */
async function freshDatabases(serverUrl: string): Promise<FreshDatabase[]> {
  const made: FreshDatabase[] = [];
  for (let i = 0; i < 3; i++) made.push(await freshServerDatabase(serverUrl));
  return made;
}

async function measureEngine(serverUrl: string | undefined): Promise<string[]> {
  const before = loadAverage();
  const fresh = serverUrl ? await freshDatabases(serverUrl) : [];
  const [perfume, recom, member] = fresh.map((database) => database.url);
  const urls = perfume && recom && member ? { perfume, recom, member } : null;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'scentence-bench-system-'));
  let child: ChildProcess | undefined;
  try {
    const started = await startServices(urls, dataDir);
    child = started.child;
    const { fixtures } = started;
    const origin = (port: number) => `http://127.0.0.1:${port}`;
    const origins: Record<Service, string> = {
      backend: origin(fixtures.ports.backend),
      scentmap: origin(fixtures.ports.scentmap),
      layering: origin(fixtures.ports.layering),
    };
    await waitForMap(origins.scentmap);
    await prepareMembers(origins.backend, fixtures.ids);
    let tokens = await signInAll(origins.backend);
    const mix = systemLoadMix(fixtures, () => tokens, !ONE_ADDRESS).filter(
      (operation) => !OPERATIONS || OPERATIONS.includes(operation.label.split(' ')[0]!),
    );
    await loadMix(origins, mix, WARM_CONNECTIONS, WARM_SECONDS);
    const steps: Step[] = [];
    for (const connections of CONNECTIONS) {
      const ceiling = await load({ origin: origin(fixtures.ports.ceiling), connections, seconds: SECONDS, path: '/' });
      tokens = await signInAll(origins.backend);
      steps.push({ connections, ceiling, measured: await loadMix(origins, mix, connections, SECONDS) });
    }
    return [
      `${fixtures.engine === 'pglite' ? 'embedded PGlite' : 'PostgreSQL'} ${fixtures.serverVersion} (${fixtures.poolSize} connection(s) per database), ` +
        `${fixtures.ids.length} perfumes, the three services in one process: ${SECONDS} s per step; ` +
        `TRUSTED_PROXIES=${fixtures.trustedProxies}, LAYERING_READS_PER_MINUTE=${fixtures.layeringReadsPerMinute}, ` +
        `raised: ${Object.entries(RAISED_LIMITS)
          .map(([name, value]) => `${name}=${value}`)
          .join(', ')}, ` +
        `${ONE_ADDRESS ? 'every request from one address' : 'a client address per request (X-Forwarded-For)'}; ` +
        `load average before ${before}, after ${loadAverage()}`,
      ...table(steps),
    ];
  } finally {
    if (child) await stopBenchChild(child);
    for (const database of fresh) await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * The started system under a realistic mix (autocannon): the three services as `npm start` runs
 * them, members with wardrobes, at each connection count beside a bare node:http ceiling measured
 * just before; on the embedded database, then on BENCH_DATABASE_URL's server when it is set.
 */
export function run(): Promise<string[]> {
  return onEachEngine(ENGINE, measureEngine);
}
