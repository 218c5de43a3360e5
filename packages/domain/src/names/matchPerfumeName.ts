import { foldForMatch } from '../text/foldForMatch';
import { brandSplits } from './brandSplits';
import { matchByLetters } from './matchByLetters';
import { matchWithinBrand } from './matchWithinBrand';
import { CONFIDENT_NAME_SCORE, MIN_FUZZY_SIMILARITY, NAME_MATCH_SCORE } from './nameMatchScores';
import {
  type BestMatches,
  type MatchOptions,
  type NameMatchKind,
  offer,
  type PerfumeNameMatch,
} from './nameMatchTypes';
import { nameKeyVariants } from './nameVariants';
import type { PerfumeCandidate } from './perfumeCandidate';
import type { PerfumeNameIndex } from './perfumeNameIndex';

/** No perfume name is longer; a longer query is not a name. */
const MAX_KEY_LENGTH = 160;

function ranked<T extends PerfumeCandidate>(
  index: PerfumeNameIndex<T>,
  best: BestMatches,
  options: Required<MatchOptions>,
) {
  return [...best]
    .filter(([, match]) => match.score >= options.minScore)
    .sort(([a, left], [b, right]) => {
      const pa = index.perfumes[a]!;
      const pb = index.perfumes[b]!;
      return (
        right.score - left.score ||
        (pb.popularity ?? 0) - (pa.popularity ?? 0) ||
        pa.name.length - pb.name.length ||
        a - b
      );
    })
    .slice(0, options.limit)
    .map(
      ([member, match]): PerfumeNameMatch<T> => ({
        perfume: index.perfumes[member]!,
        brandKey: index.brandKeys[member]!,
        ...match,
      }),
    );
}

function withDefaults(options: MatchOptions): Required<MatchOptions> {
  return {
    limit: options.limit ?? 10,
    minScore: options.minScore ?? NAME_MATCH_SCORE.brandAndOtherWords,
    minSimilarity: options.minSimilarity ?? MIN_FUZZY_SIMILARITY,
    exactOnly: options.exactOnly ?? false,
  };
}

/**
 * Matches of an already folded compact key (the sentence matcher's entry point); `wordStarts`
 * are the positions in the key where the typed words began.
 */
export function matchPerfumeKey<T extends PerfumeCandidate>(
  index: PerfumeNameIndex<T>,
  key: string,
  options: MatchOptions = {},
  wordStarts: ReadonlySet<number> = new Set(),
): PerfumeNameMatch<T>[] {
  const settings = withDefaults(options);
  const best: BestMatches = new Map();
  if (!key || key.length > MAX_KEY_LENGTH) return [];
  const wholes = nameKeyVariants(key);
  for (const whole of wholes)
    for (const member of index.byName.get(whole) ?? []) offer(best, member, NAME_MATCH_SCORE.name, 'name');
  for (const split of brandSplits(index, key, wordStarts)) matchWithinBrand(index, best, split, wholes, settings);
  // When the house and the name were both found, other houses' look-alikes add nothing.
  const houseAndName = [...best.values()].some((match) => match.kind === 'brand_and_name');
  if (!settings.exactOnly && !houseAndName)
    for (const whole of wholes.slice(0, 3)) matchByLetters(index, best, whole, settings);
  return ranked(index, best, settings);
}

/**
 * The perfumes a search text names, best first: house and name in either script, spaced or run
 * together ("르라보상탈33", "diorsauvage", "샤넬 넘버5"), the name alone, a prefix of it, a
 * misspelling, or only the house. A perfume whose name matches always ranks above perfumes
 * that only share its house; equal matches go by popularity.
 */
export function matchPerfumeName<T extends PerfumeCandidate>(
  index: PerfumeNameIndex<T>,
  query: string,
  options: MatchOptions = {},
): PerfumeNameMatch<T>[] {
  const words = foldForMatch(query).split(' ');
  const wordStarts = new Set<number>();
  let position = 0;
  for (const word of words) {
    wordStarts.add(position);
    position += word.length;
  }
  return matchPerfumeKey(index, words.join(''), options, wordStarts);
}

/** Kinds of match that mean the name was misspelt; any other match means it is being typed right. */
const MISSPELT: ReadonlySet<NameMatchKind> = new Set(['fuzzy', 'brand_and_fuzzy_name']);

/**
 * "Did you mean": when the name was misspelt, the closest names (looser letter similarity);
 * empty when there is a confident match, when the best match is the start or a part of a name
 * ("santal": the results already list Santal 33), when the query is a house, or nothing is close.
 */
export function didYouMean<T extends PerfumeCandidate>(
  index: PerfumeNameIndex<T>,
  query: string,
  limit = 3,
): PerfumeNameMatch<T>[] {
  const matches = matchPerfumeName(index, query, { limit, minSimilarity: 0.5, minScore: 0.42 });
  const top = matches[0];
  if (!top || top.score >= CONFIDENT_NAME_SCORE || !MISSPELT.has(top.kind)) return [];
  return matches.filter((match) => MISSPELT.has(match.kind));
}
