import type { ImportSummary } from './importCatalog';

/** How many skipped rows the summary lists one by one. */
export const LISTED_SKIPPED_ROWS = 10;

const formatNumber = (value: number) => value.toLocaleString('en-US');

/** The end-of-import report, one string per line. */
export function formatImportSummary(
  summary: ImportSummary,
  path: string,
  listed: number = LISTED_SKIPPED_ROWS,
): string[] {
  // A rate says little for a handful of rows, whose time is mostly opening the database.
  const rate =
    summary.read >= 1000 && summary.seconds > 0
      ? ` (${formatNumber(Math.round(summary.read / summary.seconds))} rows/s)`
      : '';
  const lines = [
    summary.written
      ? `Imported ${path} as ${summary.format} in ${summary.seconds.toFixed(1)} s${rate}`
      : `Dry run of ${path} as ${summary.format}: nothing was written`,
    `  read       ${formatNumber(summary.read)}`,
  ];
  if (summary.written) {
    lines.push(
      `  inserted   ${formatNumber(summary.inserted)}`,
      `  updated    ${formatNumber(summary.updated)}`,
      `  unchanged  ${formatNumber(summary.unchanged)}`,
      `  embedded   ${formatNumber(summary.embedded)}${summary.embeddingModel ? ` (${summary.embeddingModel})` : ''}`,
    );
  } else {
    lines.push(`  valid      ${formatNumber(summary.valid)}`);
  }
  const share = summary.read > 0 ? ` (${((summary.skipped.length / summary.read) * 100).toFixed(1)}%)` : '';
  lines.push(`  skipped    ${formatNumber(summary.skipped.length)}${share}`);
  for (const row of summary.skipped.slice(0, listed)) lines.push(`    line ${row.line}: ${row.reason}`);
  const rest = summary.skipped.length - listed;
  if (rest > 0) lines.push(`    … and ${formatNumber(rest)} more skipped rows`);
  return lines;
}
