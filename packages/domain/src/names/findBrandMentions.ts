import { NEGATION_WORDS } from '../intent/contextWords';
import { isNegatingContinuation } from '../intent/modifiers';
import { compactKey } from '../text/foldForMatch';
import { withoutKoreanEnding } from '../text/koreanEndings';
import { type TextToken, tokenize } from '../text/tokens';
import type { PerfumeCandidate } from './perfumeCandidate';
import type { PerfumeNameIndex } from './perfumeNameIndex';

/** A house named in a sentence, asked for or not wanted ("디올 말고", "no Dior"). */
export interface BrandMention {
  /** The house's identity key (the name index's `brandKey`). */
  key: string;
  /** The words as typed, without a trailing particle. */
  text: string;
  start: number;
  end: number;
  negated: boolean;
}

const MAX_SPAN_TOKENS = 4;
const NEGATE_AFTER = NEGATION_WORDS.after.map(compactKey);
/** English words before a house that turn it away: "no Dior", "anything but Chanel", "other than YSL". */
const NEGATE_BEFORE = new Set([
  'no',
  'not',
  'without',
  'except',
  'but',
  'avoid',
  'hate',
  'than',
  'besides',
  'excluding',
  'non',
]);
/** Words that may stand between a house and its negation: "디올 제품은 빼고", "샤넬 쪽은 말고". */
const BETWEEN = new Set(
  ['제품', '향수', '브랜드', '거', '것', '쪽', '꺼', '계열', 'perfumes', 'perfume', 'brand', 'stuff'].map(compactKey),
);

function negatedAfter(tokens: readonly TextToken[], last: number, rest: string): boolean {
  if (rest && isNegatingContinuation(rest)) return true;
  for (let next = last + 1; next <= Math.min(tokens.length - 1, last + 2); next++) {
    const key = tokens[next]!.key;
    if (NEGATE_AFTER.some((word) => key.startsWith(word))) return true;
    if (!BETWEEN.has(withoutKoreanEnding(key) ?? key)) return false;
  }
  return false;
}

function negatedBefore(tokens: readonly TextToken[], first: number): boolean {
  const before = tokens[first - 1]?.key ?? '';
  const twoBefore = tokens[first - 2]?.key ?? '';
  return NEGATE_BEFORE.has(before) || (['want', 'like'].includes(before) && ['dont', 'don', 't'].includes(twoBefore));
}

/**
 * The houses a sentence names on their own, in either script and any spacing, Korean particles
 * and all, each with whether it is turned away ("디올 말고", "샤넬은 빼고", "no Dior", "anything
 * but Chanel"). Pass `isCommonWord` (the intent lexicon's `isIntentWord`) so that a house named
 * like a common word ("Clean") counts only when it is not one. Callers leave out houses that are
 * part of a perfume's name already found ("Chanel No 5").
 */
export function findBrandMentions<T extends PerfumeCandidate>(
  text: string,
  index: PerfumeNameIndex<T>,
  options: { isCommonWord?: (key: string) => boolean } = {},
): BrandMention[] {
  const tokens = tokenize(text);
  const mentions: BrandMention[] = [];
  let start = 0;
  while (start < tokens.length) {
    let found: { key: string; last: number; rest: string } | undefined;
    let key = '';
    for (let last = start; last < Math.min(tokens.length, start + MAX_SPAN_TOKENS); last++) {
      key += tokens[last]!.key;
      const bare = withoutKoreanEnding(key);
      for (const candidate of [key, bare]) {
        if (candidate === undefined) continue;
        const rest = key.slice(candidate.length);
        // An ending belongs to the last word: "르라보 향수" is the house alone, found one word earlier.
        if (rest.length >= tokens[last]!.key.length) continue;
        const house = index.brandBySpelling.get(candidate);
        const common = last === start && options.isCommonWord?.(candidate) === true;
        if (house && !common) {
          found = { key: house, last, rest };
          break;
        }
      }
    }
    if (!found) {
      start++;
      continue;
    }
    const first = tokens[start]!;
    const lastToken = tokens[found.last]!;
    mentions.push({
      key: found.key,
      text: text.slice(first.start, lastToken.end - found.rest.length),
      start: first.start,
      end: lastToken.end,
      negated: negatedBefore(tokens, start) || negatedAfter(tokens, found.last, found.rest),
    });
    start = found.last + 1;
  }
  return mentions;
}
