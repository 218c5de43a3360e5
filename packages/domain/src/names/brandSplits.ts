import type { PerfumeCandidate } from './perfumeCandidate';
import type { PerfumeNameIndex } from './perfumeNameIndex';

export interface BrandSplit {
  brandKey: string;
  rest: string;
  /** The house is a word of its own in the query, not the start of a longer word ("memo" in "memoire"). */
  separate: boolean;
}

const SCRIPT_OF = (character: string | undefined) =>
  character === undefined ? '' : /\p{Script=Hangul}/u.test(character) ? 'hangul' : 'other';

/** Between two words of the query, or where Hangul meets Latin or digits ("르라보santal"). */
function isWordBoundary(key: string, position: number, wordStarts: ReadonlySet<number>): boolean {
  return (
    position === 0 ||
    position === key.length ||
    wordStarts.has(position) ||
    SCRIPT_OF(key[position - 1]) !== SCRIPT_OF(key[position])
  );
}

/** The house spelt at the start or the end of the key, and what is left of it. */
export function brandSplits<T extends PerfumeCandidate>(
  index: PerfumeNameIndex<T>,
  key: string,
  wordStarts: ReadonlySet<number>,
): BrandSplit[] {
  const splits: BrandSplit[] = [];
  for (let length = 1; length <= Math.min(index.longestBrandSpelling, key.length); length++) {
    const atStart = index.brandBySpelling.get(key.slice(0, length));
    if (atStart)
      splits.push({ brandKey: atStart, rest: key.slice(length), separate: isWordBoundary(key, length, wordStarts) });
    const end = key.length - length;
    const atEnd = end > 0 ? index.brandBySpelling.get(key.slice(end)) : undefined;
    if (atEnd)
      splits.push({ brandKey: atEnd, rest: key.slice(0, end), separate: isWordBoundary(key, end, wordStarts) });
  }
  return splits;
}
