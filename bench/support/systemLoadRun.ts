/**
 * Loads the system-load mix: one autocannon instance per operation, all at once, each on its share
 * of the connections; their latency histograms merged (autocannon's `aggregateResult`) give the
 * whole mix's p50 and p99, each instance's alone the operation's.
 */
import autocannon from 'autocannon';
import type { Service } from './systemLoadFixtures';
import { connectionsByWeight, type MixOperation } from './systemLoadMix';

/** An instance's result as `skipAggregateResult` leaves it (latencies still an encoded histogram). */
interface RawResult {
  totalCompletedRequests: number;
  duration: number;
  errors: number;
  timeouts: number;
  statusCodeStats: Record<string, { count: number }>;
}

// @types/autocannon does not declare it; autocannon 9 exports it (README: "autocannon.aggregateResult").
const { aggregateResult } = autocannon as unknown as {
  aggregateResult(results: RawResult[], options: { url: string }): autocannon.Result;
};

export interface Figures {
  label: string;
  connections: number;
  requests: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Connection errors and timeouts (no HTTP answer). */
  errors: number;
  /** Answers by status, every status. */
  statuses: Record<string, number>;
}

const answersWhere = (figures: Figures, kept: (status: string) => boolean) =>
  Object.entries(figures.statuses).reduce((sum, [status, count]) => (kept(status) ? sum + count : sum), 0);
export const non2xx = (figures: Figures) => answersWhere(figures, (status) => !status.startsWith('2'));
export const fiveHundreds = (figures: Figures) => answersWhere(figures, (status) => status.startsWith('5'));

function figuresOf(label: string, connections: number, raw: RawResult[]): Figures {
  // Only its latencies are read; it would add the other results' status counts into the first's.
  const merged = aggregateResult(
    raw.map((result) => ({ ...result, statusCodeStats: {} })),
    { url: 'http://127.0.0.1' },
  );
  const statuses: Record<string, number> = {};
  for (const result of raw) {
    for (const [status, stats] of Object.entries(result.statusCodeStats)) {
      statuses[status] = (statuses[status] ?? 0) + stats.count;
    }
  }
  return {
    label,
    connections,
    requests: raw.reduce((sum, result) => sum + result.totalCompletedRequests, 0),
    perSecond: raw.reduce((sum, result) => sum + result.totalCompletedRequests / result.duration, 0),
    p50Ms: merged.latency.p50,
    p99Ms: merged.latency.p99,
    errors: raw.reduce((sum, result) => sum + result.errors + result.timeouts, 0),
    statuses,
  };
}

async function loadOperation(origin: string, operation: MixOperation, connections: number, seconds: number) {
  let n = 0;
  const first = operation.request(0);
  const raw = await autocannon({
    url: `${origin}${first.path}`,
    connections,
    duration: seconds,
    skipAggregateResult: true,
    requests: [
      {
        setupRequest: (request: autocannon.Request) => {
          const next = operation.request(n++);
          return { ...request, ...next, headers: { ...request.headers, ...next.headers } };
        },
      },
    ],
  });
  return raw as unknown as RawResult;
}

export interface MixFigures {
  mix: Figures;
  operations: Figures[];
}

export async function loadMix(
  origins: Record<Service, string>,
  mix: readonly MixOperation[],
  connections: number,
  seconds: number,
): Promise<MixFigures> {
  const shares = connectionsByWeight(mix, connections);
  const raw = await Promise.all(
    mix.map((operation, index) => loadOperation(origins[operation.service], operation, shares[index]!, seconds)),
  );
  return {
    mix: figuresOf('the mix', connections, raw),
    operations: mix.map((operation, index) => figuresOf(operation.label, shares[index]!, [raw[index]!])),
  };
}
