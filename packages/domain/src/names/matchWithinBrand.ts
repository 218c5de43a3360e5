import { toJamo } from '../text/jamo';
import type { BrandSplit } from './brandSplits';
import { bestSimilarity, MIN_PREFIX_LENGTH } from './matchByLetters';
import { NAME_MATCH_SCORE } from './nameMatchScores';
import { type BestMatches, type MatchOptions, offer } from './nameMatchTypes';
import { nameKeyVariants } from './nameVariants';
import type { PerfumeCandidate } from './perfumeCandidate';
import type { PerfumeNameIndex } from './perfumeNameIndex';

/**
 * The perfumes of a house spelt in the query, by what is left of the query: its name exactly
 * or a prefix of it, a misspelling of it, or, failing those, only the house.
 */
export function matchWithinBrand<T extends PerfumeCandidate>(
  index: PerfumeNameIndex<T>,
  best: BestMatches,
  split: BrandSplit,
  wholes: readonly string[],
  options: Required<MatchOptions>,
): void {
  const members = index.byBrand.get(split.brandKey) ?? [];
  const rests = nameKeyVariants(split.rest);
  if (rests.length === 0) {
    for (const member of members) offer(best, member, NAME_MATCH_SCORE.brand, 'brand');
    return;
  }
  let named = false;
  for (const member of members) {
    const keys = [...index.nameKeys[member]!, ...index.brandScopedKeys[member]!];
    if (rests.some((rest) => keys.includes(rest)) || wholes.some((whole) => keys.includes(whole))) {
      offer(best, member, NAME_MATCH_SCORE.brandAndName, 'brand_and_name');
      named = true;
      continue;
    }
    for (const rest of rests) {
      if (rest.length < MIN_PREFIX_LENGTH) continue;
      const prefixed = keys.filter((key) => key.startsWith(rest));
      if (prefixed.length === 0) continue;
      const coverage = rest.length / Math.min(...prefixed.map((key) => key.length));
      offer(best, member, NAME_MATCH_SCORE.brandAndNamePrefix + 0.1 * coverage, 'brand_and_name_prefix');
      named = true;
    }
  }
  if (options.exactOnly) return;
  const jamoRests = named ? [] : rests.filter((rest) => rest.length >= 3).map(toJamo);
  for (const member of members) {
    const jamoKeys = index.jamoNameKeys[member]!;
    const similarity = Math.max(...jamoRests.map((rest) => bestSimilarity(rest, jamoKeys, options.minSimilarity)), 0);
    if (similarity >= options.minSimilarity) {
      offer(best, member, NAME_MATCH_SCORE.brandAndFuzzyName + 0.4 * similarity, 'brand_and_fuzzy_name');
    } else if (split.separate || named) {
      // The house was meant (a word of its own, or the rest named one of its perfumes): its
      // other perfumes follow, below every perfume whose name matched.
      offer(best, member, NAME_MATCH_SCORE.brandAndOtherWords, 'brand');
    }
  }
}
