import { toJamo } from '../text/jamo';
import { editSimilarity, trigrams } from '../text/similarity';
import { NAME_MATCH_SCORE } from './nameMatchScores';
import { type BestMatches, type MatchOptions, offer } from './nameMatchTypes';
import type { PerfumeCandidate } from './perfumeCandidate';
import type { PerfumeNameIndex } from './perfumeNameIndex';

/** Only the best-sharing perfumes get compared letter by letter. */
const MAX_COMPARED = 250;
/** A trigram in more than this share of all perfumes is left out of the count. */
const COMMON_TRIGRAM_SHARE = 0.05;
/** Keys this short match only exactly. */
export const MIN_PREFIX_LENGTH = 2;
const MIN_CONTAINS_LENGTH = 4;

/** The best letter similarity of a jamo query to any of the keys (0 when all are out of reach). */
export function bestSimilarity(query: string, keys: readonly string[], minimum: number): number {
  let best = 0;
  for (const key of keys) {
    // The length gap alone can rule a key out before the quadratic comparison.
    if (1 - Math.abs(key.length - query.length) / Math.max(key.length, query.length) < minimum) continue;
    best = Math.max(best, editSimilarity(query, key));
  }
  return best;
}

/** Per index, a count per perfume, reused by every lookup (and left all zero after each). */
const sharedCounts = new WeakMap<object, Uint16Array>();

/** The perfumes sharing most trigrams with the query, best first. */
function sharingTrigrams<T extends PerfumeCandidate>(index: PerfumeNameIndex<T>, jamoQuery: string): number[] {
  // Trigrams most names share ("mai", "son" of every "Maison …") tell nothing and cost most.
  const common = index.perfumes.length * COMMON_TRIGRAM_SHARE;
  const allGrams = trigrams(jamoQuery);
  const telling = allGrams.filter((gram) => (index.byTrigram.get(gram)?.length ?? 0) <= common);
  const grams = telling.length >= allGrams.length / 2 ? telling : allGrams;
  let counts = sharedCounts.get(index);
  if (!counts) {
    counts = new Uint16Array(index.perfumes.length);
    sharedCounts.set(index, counts);
  }
  const touched: number[] = [];
  for (const gram of grams) {
    for (const member of index.byTrigram.get(gram) ?? []) {
      if (counts[member] === 0) touched.push(member);
      counts[member]!++;
    }
  }
  const enough = Math.max(1, Math.ceil(grams.length * 0.4));
  const byCount: number[][] = Array.from({ length: grams.length + 1 }, () => []);
  for (const member of touched) {
    const count = counts[member]!;
    counts[member] = 0;
    if (count >= enough) byCount[count]!.push(member);
  }
  const ranked: number[] = [];
  for (let count = grams.length; count >= enough && ranked.length < MAX_COMPARED; count--)
    ranked.push(...byCount[count]!);
  return ranked.slice(0, MAX_COMPARED);
}

/**
 * Perfumes whose names start with the key, contain it, or nearly spell it (one typo, a missing
 * letter), found among those sharing most of its trigrams and compared letter by letter.
 */
export function matchByLetters<T extends PerfumeCandidate>(
  index: PerfumeNameIndex<T>,
  best: BestMatches,
  key: string,
  options: Required<MatchOptions>,
): void {
  const jamoQuery = toJamo(key);
  if (jamoQuery.length < MIN_PREFIX_LENGTH) return;
  for (const member of sharingTrigrams(index, jamoQuery)) {
    const names = index.jamoNameKeys[member]!;
    const prefixed = names.filter((name) => name.startsWith(jamoQuery));
    if (prefixed.length > 0) {
      const coverage = jamoQuery.length / Math.min(...prefixed.map((name) => name.length));
      offer(best, member, NAME_MATCH_SCORE.namePrefix + 0.1 * coverage, 'name_prefix');
    } else if (jamoQuery.length >= MIN_CONTAINS_LENGTH) {
      const containing = names.filter((name) => name.includes(jamoQuery));
      if (containing.length > 0) {
        const coverage = jamoQuery.length / Math.min(...containing.map((name) => name.length));
        offer(best, member, NAME_MATCH_SCORE.nameContains + 0.1 * coverage, 'name_contains');
      }
    }
    const similarity = bestSimilarity(jamoQuery, [...names, ...index.jamoFullKeys[member]!], options.minSimilarity);
    if (similarity >= options.minSimilarity) offer(best, member, NAME_MATCH_SCORE.fuzzy * similarity, 'fuzzy');
  }
}
