/** Timing helpers the benchmarks share: percentiles of sequential timings and deterministic samples. */

export interface Percentiles {
  p50: number;
  p99: number;
}

export function percentiles(timings: number[]): Percentiles {
  const sorted = [...timings].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  return { p50: at(0.5), p99: at(0.99) };
}

/** Runs `work` once per input, one after another, and gives the percentiles of the durations. */
export async function timeEach<T>(inputs: T[], work: (input: T) => Promise<unknown>): Promise<Percentiles> {
  const timings: number[] = [];
  for (const input of inputs) {
    const started = performance.now();
    await work(input);
    timings.push(performance.now() - started);
  }
  return percentiles(timings);
}

/** A deterministic sample spread over the items (no Math.random, so runs compare). */
export function spread<T>(items: T[], count: number): T[] {
  const step = Math.max(1, Math.floor(items.length / count));
  return items.filter((_, i) => i % step === 0).slice(0, count);
}

/** One printed line: a label, p50 and p99, and what follows. */
export const timingLine = (label: string, r: Percentiles, extra = '') =>
  `  ${label.padEnd(38)} p50 ${r.p50.toFixed(2).padStart(7)} ms  p99 ${r.p99.toFixed(2).padStart(7)} ms${extra}`;
