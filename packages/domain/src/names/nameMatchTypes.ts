import type { PerfumeCandidate } from './perfumeCandidate';

export type NameMatchKind =
  | 'brand_and_name'
  | 'name'
  | 'brand_and_name_prefix'
  | 'name_prefix'
  | 'name_contains'
  | 'brand_and_fuzzy_name'
  | 'fuzzy'
  | 'brand';

export interface PerfumeNameMatch<T extends PerfumeCandidate> {
  perfume: T;
  /** The identity key of the perfume's house (the same for every spelling of it). */
  brandKey: string;
  /** 0..1, see NAME_MATCH_SCORE. */
  score: number;
  kind: NameMatchKind;
}

export interface MatchOptions {
  /** At most this many matches (10). */
  limit?: number;
  /** Leave out matches below this score (0.5: perfumes that only share the house still come, last). */
  minScore?: number;
  /** Letter similarity from which a misspelt name counts (MIN_FUZZY_SIMILARITY). */
  minSimilarity?: number;
  /** Only exact names, aliases and house + name prefixes: no prefixes alone, no typos (for finding names in sentences). */
  exactOnly?: boolean;
}

/** The best match found so far per perfume (by its position in the index). */
export type BestMatches = Map<number, { score: number; kind: NameMatchKind }>;

/** Keeps the better of a perfume's matches. */
export function offer(best: BestMatches, index: number, score: number, kind: NameMatchKind): void {
  const current = best.get(index);
  if (!current || current.score < score) best.set(index, { score, kind });
}
