export const EARLIEST_RELEASE_YEAR = 1700;

/**
 * A release year from a source cell (`2013`, `2013.0`, empty), or null when it is missing or
 * not believable: outside 1700..this year (the TSV has rows saying 4711, the brand's name read
 * as a year). The row itself is kept.
 */
export function releaseYear(cell: string | number | null | undefined, now: Date = new Date()): number | null {
  if (cell === null || cell === undefined) return null;
  const text = String(cell).trim();
  if (!/^\d{3,4}(\.0+)?$/.test(text)) return null;
  const year = Number.parseInt(text, 10);
  return year >= EARLIEST_RELEASE_YEAR && year <= now.getFullYear() ? year : null;
}
