import { compactKey } from './foldForMatch';
import { toJamo } from './jamo';

/** Two rows of the distance table, reused: the matcher compares hundreds of names per lookup. */
let previousRow = new Uint32Array(64);
let currentRow = new Uint32Array(64);

/**
 * Levenshtein distance between two strings, by UTF-16 unit (keys from `compactKey` and `toJamo`
 * are letters of the basic plane, where a unit is a letter).
 */
export function editDistance(a: string, b: string): number {
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  if (previousRow.length <= b.length) {
    previousRow = new Uint32Array(b.length * 2);
    currentRow = new Uint32Array(b.length * 2);
  }
  let previous = previousRow;
  let current = currentRow;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const letter = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (letter === b.charCodeAt(j - 1) ? 0 : 1);
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/** 1 for identical strings, 0 for nothing in common: one minus the edit distance over the longer length. */
export function editSimilarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - editDistance(a, b) / longer;
}

/**
 * How alike two names are once folded (0..1), compared letter by letter with Hangul as jamo:
 * "소바주" and "소바쥬" are 1, "샤넬" and "사넬" about 0.83, "sauvage" and "savage" about 0.86.
 */
export function textSimilarity(a: string, b: string): number {
  return editSimilarity(toJamo(compactKey(a)), toJamo(compactKey(b)));
}

const START = 2;
const END = 3;

/** Ten bits of a UTF-16 unit: Latin, digits and Hangul jamo (U+3131…318E) stay distinct. */
const LOW_BITS = 0x3ff;

/**
 * Calls `visit` with each letter trigram of a key as a small integer (ten bits per letter), the
 * key's start and end marked so that short keys still have some. Integers, not strings, because
 * an index of 38k names visits about two million of them; the rare letters that share ten bits
 * only make a candidate look a little closer before it is compared letter by letter.
 */
export function forEachTrigram(key: string, visit: (gram: number) => void): void {
  let first = START;
  let second = key.length > 0 ? key.charCodeAt(0) & LOW_BITS : END;
  for (let i = 1; i <= key.length; i++) {
    const third = i < key.length ? key.charCodeAt(i) & LOW_BITS : END;
    visit((first << 20) | (second << 10) | third);
    first = second;
    second = third;
  }
}

/** The distinct trigrams of a key (see `forEachTrigram`). */
export function trigrams(key: string): number[] {
  const grams = new Set<number>();
  forEachTrigram(key, (gram) => grams.add(gram));
  return [...grams];
}
