import { startBenchChild, stopBenchChild } from './support/benchChild';
import { onEachEngine } from './support/benchEngines';
import { serversCpuMicros } from './support/catalogLoadCpu';
import {
  type CatalogLoadFixtures,
  type Operation,
  operationPath,
  SEARCH_PATH,
  TRPC_SEARCH_PATH,
  trpcPerfumePath,
} from './support/catalogLoadRequests';
import { type LoadResult, load } from './support/httpLoad';

const argument = (name: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
/** Seconds of load per target and round at 16 connections (`--seconds=`), and at 64 for the p99. */
const SECONDS = Number(argument('seconds') ?? 3);
const P99_SECONDS = 2;
/**
 * Passes over every target (`--rounds=`); each keeps its best pass. Other work on a shared
 * machine only ever slows a pass down, and passes spread it over every target alike.
 */
const ROUNDS = Number(argument('rounds') ?? 2);
/** `--operations=search,perfume` measures those only (with the ceiling); `--engine=pglite` or `postgres` one engine. */
const OPERATIONS = argument('operations')?.split(',');
const ENGINE = argument('engine');
const WARM_SECONDS = 1;
const CONNECTIONS = 16;
const P99_CONNECTIONS = 64;

type Server = keyof CatalogLoadFixtures['ports'];

interface Target {
  label: string;
  /** Whose figure it is compared with: the lean peer (new SQL) and today's peer of this operation. */
  operation: Operation | 'ceiling';
  server: Server;
  path: string | ((n: number) => string);
  headers?: Record<string, string>;
  status?: number;
}

/** A pass at 16 connections, with the servers' CPU per request in it (µs). */
type Pass = LoadResult & { cpuMicros: number };

interface Measured extends Target {
  at16: Pass;
  at64: LoadResult;
}

function targetsOf(fixtures: CatalogLoadFixtures, etag: string | null): Target[] {
  const runs = (operation: Operation) => (n: number) => operationPath(operation, fixtures, n);
  return [
    { label: 'ceiling: bare node:http, same bytes', operation: 'ceiling', server: 'ceiling', path: '/' },
    { label: "search   peer, today's SQL (3 stmts)", operation: 'search', server: 'today', path: runs('search') },
    { label: 'search   peer, new SQL', operation: 'search', server: 'lean', path: runs('search') },
    { label: 'search   REST GET /api/perfumes', operation: 'search', server: 'backend', path: runs('search') },
    { label: 'search   tRPC perfume.search', operation: 'search', server: 'backend', path: TRPC_SEARCH_PATH },
    { label: 'search   REST, same URL (kept answer)', operation: 'search', server: 'backend', path: SEARCH_PATH },
    ...(etag
      ? [
          {
            label: 'search   REST 304 (If-None-Match)',
            operation: 'search' as const,
            server: 'backend' as const,
            path: SEARCH_PATH,
            headers: { 'if-none-match': etag },
            status: 304,
          },
        ]
      : []),
    { label: 'by name  peer, new SQL', operation: 'nameOrder', server: 'lean', path: runs('nameOrder') },
    { label: 'by name  REST GET /api/perfumes', operation: 'nameOrder', server: 'backend', path: runs('nameOrder') },
    { label: "perfume  peer, today's SQL (5 stmts)", operation: 'perfume', server: 'today', path: runs('perfume') },
    { label: 'perfume  peer, new SQL', operation: 'perfume', server: 'lean', path: runs('perfume') },
    { label: 'perfume  REST GET /api/perfumes/{id}', operation: 'perfume', server: 'backend', path: runs('perfume') },
    {
      label: 'perfume  tRPC perfume.byId',
      operation: 'perfume',
      server: 'backend',
      path: (n) => trpcPerfumePath(fixtures, n),
    },
    { label: 'similar  peer, new SQL', operation: 'similar', server: 'lean', path: runs('similar') },
    { label: 'similar  REST …/{id}/similar', operation: 'similar', server: 'backend', path: runs('similar') },
    { label: 'note     peer, new SQL', operation: 'note', server: 'lean', path: runs('note') },
    { label: 'note     REST GET /api/notes/{slug}', operation: 'note', server: 'backend', path: runs('note') },
    { label: 'accord   peer, new SQL', operation: 'accord', server: 'lean', path: runs('accord') },
    { label: 'accord   REST GET /api/accords/{key}', operation: 'accord', server: 'backend', path: runs('accord') },
  ];
}

const startServers = (serverUrl: string | undefined) =>
  startBenchChild<CatalogLoadFixtures>('bench/support/catalogLoadServers.ts', serverUrl ? [serverUrl] : []);

/** Whether the peers and the host answer an operation with the same bytes. */
async function sameBytes(fixtures: CatalogLoadFixtures): Promise<string> {
  const origin = (server: Server) => `http://127.0.0.1:${fixtures.ports[server]}`;
  const body = async (server: Server, url: string) => (await fetch(`${origin(server)}${url}`)).text();
  const checks: [Operation, Server[]][] = [
    ['search', ['today', 'lean']],
    ['nameOrder', ['lean']],
    ['perfume', ['today', 'lean']],
    ['similar', ['lean']],
    ['note', ['lean']],
    ['accord', ['lean']],
  ];
  const verdicts: string[] = [];
  for (const [operation, peers] of checks) {
    const url = operationPath(operation, fixtures, 1);
    const ours = await body('backend', url);
    for (const peer of peers) {
      const same = (await body(peer, url)) === ours;
      verdicts.push(`${operation} ${peer === 'today' ? "(today's SQL)" : ''}${same ? '=' : '≠ DIFFERENT'}`.trim());
    }
  }
  return verdicts.join(', ');
}

const fixed = (value: number, digits = 1) => value.toFixed(digits);
const ratio = (value: number, baseline: number | undefined) =>
  baseline ? `${(value / baseline).toFixed(value / baseline < 0.1 ? 3 : 2)}×` : '—';

function table(measured: Measured[]): string[] {
  const ceiling = measured.find((m) => m.operation === 'ceiling')?.at16.perSecond;
  const peer = (operation: Target['operation'], server: Server) =>
    measured.find((m) => m.operation === operation && m.server === server)?.at16.perSecond;
  const cpuOf = (operation: Target['operation'], server: Server) =>
    measured.find((m) => m.operation === operation && m.server === server)?.at16.cpuMicros;
  /** How many of this target's requests the CPU of one of today's peer's buys (above 1: cheaper than today). */
  const cpuRatio = (m: Measured) => {
    const today = cpuOf(m.operation, 'today');
    return today ? ratio(today, m.at16.cpuMicros) : '—';
  };
  const header =
    `  ${'target'.padEnd(40)} ${'req/s'.padStart(7)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ` +
    `${'p99@64'.padStart(7)}  ${'× peer'.padStart(7)} ${'× today'.padStart(8)} ${'× ceiling'.padStart(9)} ` +
    `${'cpu µs'.padStart(7)} ${'× today'.padStart(8)}`;
  return [
    header,
    ...measured.map((m) => {
      const flags = m.at16.errors + m.at16.unexpected + m.at64.errors + m.at64.unexpected;
      return (
        `  ${m.label.padEnd(40)} ${fixed(m.at16.perSecond, 0).padStart(7)} ${fixed(m.at16.p50Ms).padStart(7)} ` +
        `${fixed(m.at16.p99Ms).padStart(7)} ${fixed(m.at64.p99Ms).padStart(7)}  ` +
        `${ratio(m.at16.perSecond, peer(m.operation, 'lean')).padStart(7)} ` +
        `${ratio(m.at16.perSecond, peer(m.operation, 'today')).padStart(8)} ` +
        `${ratio(m.at16.perSecond, ceiling).padStart(9)} ` +
        `${fixed(m.at16.cpuMicros, 0).padStart(7)} ${cpuRatio(m).padStart(8)}` +
        (flags ? `  ${flags} errors or unexpected statuses` : '')
      );
    }),
  ];
}

async function measureEngine(serverUrl: string | undefined): Promise<string[]> {
  const { child, fixtures } = await startServers(serverUrl);
  try {
    const backend = `http://127.0.0.1:${fixtures.ports.backend}`;
    const etag = (await fetch(`${backend}${SEARCH_PATH}`)).headers.get('etag');
    const identical = await sameBytes(fixtures);
    const targets = targetsOf(fixtures, etag).filter(
      (target) => !OPERATIONS || target.operation === 'ceiling' || OPERATIONS.includes(target.operation),
    );
    const optionsOf = (target: Target) => ({
      origin: `http://127.0.0.1:${fixtures.ports[target.server]}`,
      path: target.path,
      headers: target.headers,
      status: target.status,
    });
    const best = new Map<Target, Pass>();
    const cpu = () => serversCpuMicros(fixtures.pid, fixtures.database);
    for (let round = 0; round < ROUNDS; round++) {
      for (const target of targets) {
        if (round === 0) await load({ ...optionsOf(target), connections: CONNECTIONS, seconds: WARM_SECONDS });
        const before = cpu();
        const result = await load({ ...optionsOf(target), connections: CONNECTIONS, seconds: SECONDS });
        const pass = { ...result, cpuMicros: (cpu() - before) / Math.max(result.requests, 1) };
        if (pass.perSecond > (best.get(target)?.perSecond ?? -1)) best.set(target, pass);
      }
    }
    const measured: Measured[] = [];
    for (const target of targets) {
      const at64 = await load({ ...optionsOf(target), connections: P99_CONNECTIONS, seconds: P99_SECONDS });
      measured.push({ ...target, at16: best.get(target)!, at64 });
    }
    return [
      `${fixtures.engine === 'pglite' ? 'embedded PGlite' : 'PostgreSQL'} ${fixtures.serverVersion}, ${fixtures.perfumes} perfumes: ` +
        `${CONNECTIONS} connections, best of ${ROUNDS} passes × ${SECONDS} s per target (p99@64: ${P99_CONNECTIONS} connections × ${P99_SECONDS} s)`,
      `  same bytes as the host: ${identical}; ETag on the search: ${etag ?? 'none'}`,
      ...table(measured),
    ];
  } finally {
    await stopBenchChild(child);
  }
}

/**
 * Catalog reads under load (autocannon) in one run: a bare node:http handler with the search's
 * bytes (the ceiling), the lean peer running today's SQL and the repository's, and our REST and
 * tRPC operations; on the embedded database, then on BENCH_DATABASE_URL's server when it is set.
 */
export function run(): Promise<string[]> {
  return onEachEngine(ENGINE, measureEngine);
}
