import { withoutKoreanEnding } from '../text/koreanEndings';
import { type TextToken, tokenize } from '../text/tokens';
import { matchPerfumeKey } from './matchPerfumeName';
import { isMentionStopWord } from './mentionStopWords';
import { CONFIDENT_NAME_SCORE, NAME_MATCH_SCORE } from './nameMatchScores';
import type { PerfumeNameMatch } from './nameMatchTypes';
import type { PerfumeCandidate } from './perfumeCandidate';
import { buildPerfumeNameIndex, type PerfumeNameIndex } from './perfumeNameIndex';

export interface PerfumeMention<T extends PerfumeCandidate> {
  /** The words of the sentence that name the perfume (without a trailing Korean particle). */
  text: string;
  start: number;
  end: number;
  /** Best first; one when sure, up to five to pick from when not. */
  candidates: PerfumeNameMatch<T>[];
  /** The sentence does not settle which perfume it is: ask, offering the candidates. */
  ambiguous: boolean;
}

export interface MentionOptions {
  /** At most this many perfumes in one sentence (2). */
  maxMentions?: number;
  /**
   * Words that alone are not a perfume's name here, besides the built-in question words: pass
   * the intent vocabulary's `isIntentWord` so that "rose" or "summer" alone is not read as a
   * perfume called "Rose" or "Summer" (they still count inside a longer name: "Oud Wood").
   */
  isCommonWord?: (key: string) => boolean;
}

const MAX_SPAN_TOKENS = 6;
const MAX_CANDIDATES = 5;
/** A misspelt name is offered from this letter similarity on. */
const MENTION_SIMILARITY = 0.8;
/** Scores closer than this to the best are too close to choose between. */
const AMBIGUITY_MARGIN = 0.05;
/** A perfume this many times more popular than its namesakes is the one meant. */
const DOMINANT_POPULARITY = 4;
/** Candidates of a house named elsewhere in the sentence ("바이레도 집시워터랑 블랑쉬") come first. */
const SAME_SENTENCE_BRAND_BONUS = 0.08;

interface SpanMatch<T extends PerfumeCandidate> {
  start: number;
  end: number;
  /** Characters cut off the last word (a particle). */
  trimmed: number;
  matches: PerfumeNameMatch<T>[];
}

function spanKeys(tokens: readonly TextToken[]): { key: string; trimmed: number; wordStarts: Set<number> }[] {
  const wordStarts = new Set<number>();
  let key = '';
  for (const token of tokens) {
    wordStarts.add(key.length);
    key += token.key;
  }
  const last = tokens[tokens.length - 1]!;
  const withoutEnding = withoutKoreanEnding(last.key);
  const keys = [{ key, trimmed: 0, wordStarts }];
  if (withoutEnding !== undefined) {
    const trimmed = last.key.length - withoutEnding.length;
    keys.push({ key: key.slice(0, key.length - trimmed), trimmed, wordStarts });
  }
  return keys;
}

function isQuestionWord(token: TextToken): boolean {
  return isMentionStopWord(token.key) || isMentionStopWord(withoutKoreanEnding(token.key) ?? token.key);
}

function isCommon(token: TextToken, options: MentionOptions): boolean {
  const bare = withoutKoreanEnding(token.key) ?? token.key;
  return [token.key, bare].some((key) => isMentionStopWord(key) || options.isCommonWord?.(key) === true);
}

function misspeltMatches<T extends PerfumeCandidate>(
  index: PerfumeNameIndex<T>,
  key: string,
  wordStarts: ReadonlySet<number>,
): PerfumeNameMatch<T>[] {
  const options = {
    limit: 20,
    minScore: NAME_MATCH_SCORE.fuzzy * MENTION_SIMILARITY,
    minSimilarity: MENTION_SIMILARITY,
  };
  return matchPerfumeKey(index, key, options, wordStarts).filter(
    (match) => match.kind === 'fuzzy' || match.kind === 'brand_and_fuzzy_name',
  );
}

function popularity<T extends PerfumeCandidate>(match: PerfumeNameMatch<T> | undefined): number {
  return match?.perfume.popularity ?? 0;
}

/** A far better-known perfume one letter away ("savage" → Dior's Sauvage, not a namesake "Savage"). */
function isFarMorePopular<T extends PerfumeCandidate>(match: PerfumeNameMatch<T>, than: PerfumeNameMatch<T>): boolean {
  return popularity(match) > 0 && popularity(match) >= DOMINANT_POPULARITY * popularity(than);
}

function matchSpan<T extends PerfumeCandidate>(
  index: PerfumeNameIndex<T>,
  tokens: readonly TextToken[],
  options: MentionOptions,
): SpanMatch<T> | undefined {
  // A word of the intent vocabulary alone ("rose") is no perfume; two together may be ("Oud Wood").
  const skip = tokens.length === 1 ? isCommon(tokens[0]!, options) : tokens.every((token) => isQuestionWord(token));
  if (skip) return undefined;
  const mayBeMisspelt = tokens.length <= 3 && !tokens.some((token) => isCommon(token, options));
  let found: SpanMatch<T> | undefined;
  for (const { key, trimmed, wordStarts } of spanKeys(tokens)) {
    if (key.length < 2) continue;
    const exact = matchPerfumeKey(
      index,
      key,
      { exactOnly: true, limit: 20, minScore: NAME_MATCH_SCORE.name },
      wordStarts,
    );
    let matches = exact;
    if (mayBeMisspelt && key.length >= 4) {
      const misspelt = misspeltMatches(index, key, wordStarts);
      matches =
        exact.length === 0 ? misspelt : [...exact, ...misspelt.filter((match) => isFarMorePopular(match, exact[0]!))];
    }
    if (matches.length > 0 && (!found || matches[0]!.score > found.matches[0]!.score)) {
      found = { start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end, trimmed, matches };
    }
  }
  return found;
}

/** Houses named on their own in the sentence ("바이레도"), by identity key. */
function housesNamed<T extends PerfumeCandidate>(
  index: PerfumeNameIndex<T>,
  tokens: readonly TextToken[],
): Set<string> {
  const houses = new Set<string>();
  for (let start = 0; start < tokens.length; start++) {
    let key = '';
    for (let end = start; end < Math.min(tokens.length, start + 4); end++) {
      key += tokens[end]!.key;
      for (const candidate of [key, withoutKoreanEnding(key)]) {
        const house = candidate === undefined ? undefined : index.brandBySpelling.get(candidate);
        if (house) houses.add(house);
      }
    }
  }
  return houses;
}

interface Ranked<T extends PerfumeCandidate> {
  match: PerfumeNameMatch<T>;
  /** The score with the bonus for a house named elsewhere in the sentence. */
  rank: number;
}

function isAmbiguous<T extends PerfumeCandidate>(candidates: readonly Ranked<T>[]): boolean {
  const [first, second] = candidates;
  if (!first) return false;
  if (first.match.score < CONFIDENT_NAME_SCORE) return true;
  if (candidates.some((other) => isFarMorePopular(other.match, first.match))) return true;
  if (!second || second.rank <= first.rank - AMBIGUITY_MARGIN) return false;
  return !isFarMorePopular(first.match, second.match);
}

function toMention<T extends PerfumeCandidate>(
  text: string,
  span: SpanMatch<T>,
  houses: ReadonlySet<string>,
): PerfumeMention<T> {
  const ranked = span.matches
    .map(
      (match): Ranked<T> => ({
        match,
        rank: houses.has(match.brandKey) ? match.score + SAME_SENTENCE_BRAND_BONUS : match.score,
      }),
    )
    .sort((a, b) => b.rank - a.rank || (b.match.perfume.popularity ?? 0) - (a.match.perfume.popularity ?? 0));
  const ambiguous = isAmbiguous(ranked);
  const top = ranked[0]!.rank;
  const close = ranked.filter(
    (entry) => entry.rank >= top - 3 * AMBIGUITY_MARGIN || isFarMorePopular(entry.match, ranked[0]!.match),
  );
  // To ask "which one?", the better-known perfumes come first.
  const choices = close.sort((a, b) => popularity(b.match) - popularity(a.match) || b.rank - a.rank);
  const candidates = (ambiguous ? choices.slice(0, MAX_CANDIDATES) : ranked.slice(0, 1)).map((entry) => entry.match);
  const end = span.end - span.trimmed;
  return { text: text.slice(span.start, end), start: span.start, end, candidates, ambiguous };
}

/**
 * The perfumes a sentence names ("샤넬 넘버5랑 뭐 섞으면 좋아?", "Can I layer Oud Wood with
 * Sauvage?"), in the order they appear. Names are found in either script, spaced or run together,
 * with Korean particles attached, and misspelt; when a name fits several perfumes equally (or only
 * roughly), the mention is ambiguous and carries up to five candidates to ask about. Pass a
 * prebuilt index for a large catalog: building one costs far more than a lookup.
 */
export function findPerfumeMentions<T extends PerfumeCandidate>(
  text: string,
  catalog: PerfumeNameIndex<T> | readonly T[],
  options: MentionOptions = {},
): PerfumeMention<T>[] {
  const index = 'byName' in catalog ? catalog : buildPerfumeNameIndex(catalog);
  const tokens = tokenize(text);
  const spans: SpanMatch<T>[] = [];
  for (let start = 0; start < tokens.length; start++) {
    for (let end = start + 1; end <= Math.min(tokens.length, start + MAX_SPAN_TOKENS); end++) {
      const span = matchSpan(index, tokens.slice(start, end), options);
      if (span) spans.push(span);
    }
  }
  // Best match first; of equal ones the longer span (house + name beats the name alone).
  spans.sort((a, b) => b.matches[0]!.score - a.matches[0]!.score || b.end - b.start - (a.end - a.start));
  const chosen: SpanMatch<T>[] = [];
  for (const span of spans) {
    if (chosen.length >= (options.maxMentions ?? 2)) break;
    if (chosen.some((other) => span.start < other.end && other.start < span.end)) continue;
    chosen.push(span);
  }
  const houses = housesNamed(index, tokens);
  return chosen.sort((a, b) => a.start - b.start).map((span) => toMention(text, span, houses));
}
