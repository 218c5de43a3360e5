/**
 * A measurement on the embedded database, then on BENCH_DATABASE_URL's server when it is set;
 * `engine` ('pglite' or 'postgres', from `--engine=`) keeps one of them.
 */
export async function onEachEngine(
  engine: string | undefined,
  measure: (serverUrl: string | undefined) => Promise<string[]>,
): Promise<string[]> {
  const lines = engine === 'postgres' ? [] : await measure(undefined);
  if (engine === 'pglite') return lines;
  // biome-ignore lint/suspicious/noUndeclaredEnvVars: the bench runs under npm, never as a turbo task.
  const serverUrl = process.env.BENCH_DATABASE_URL;
  lines.push(...(serverUrl ? await measure(serverUrl) : ['PostgreSQL: skipped, BENCH_DATABASE_URL is not set']));
  return lines;
}
