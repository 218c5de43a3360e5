import { decodeSourceEscapes } from './sourceText';

const ENTRY = /(['"])((?:\\.|(?!\1)[^\\])*)\1\s*:\s*(?:(['"])\s*(-?\d+(?:\.\d+)?)\s*\3|(-?\d+(?:\.\d+)?))/g;

/**
 * Vote counts from a dict written as Python (`{'Citrus': '10'}`) or JSON (`{"Citrus": 10}`),
 * as the TSV stores them. Keys have their escapes decoded (`Foug\u00e8re` → `Fougère`).
 * An empty cell is no votes; text that is not such a dict is null.
 */
export function parseVoteCounts(cell: string): Record<string, number> | null {
  const text = cell.trim();
  if (text === '' || text === '{}') return {};
  if (!text.startsWith('{') || !text.endsWith('}')) return null;
  const votes: Record<string, number> = {};
  let matched = 0;
  for (const match of text.matchAll(ENTRY)) {
    matched++;
    const key = decodeSourceEscapes((match[2] ?? '').replace(/\\(['"\\])/g, '$1')).trim();
    const count = Number(match[4] ?? match[5]);
    if (key && Number.isFinite(count) && count > 0) votes[key] = (votes[key] ?? 0) + count;
  }
  return matched > 0 ? votes : null;
}
