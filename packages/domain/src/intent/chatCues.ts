import type { ChatRelation } from '@scentence/api/schemas';
import type { GenderKey } from '@scentence/api/vocabulary';
import { compactKey, foldForMatch } from '../text/foldForMatch';
import { withoutKoreanEnding } from '../text/koreanEndings';
import { type TextToken, tokenize } from '../text/tokens';
import {
  ANY_PICK_WORDS,
  CHAT_COMMON_WORDS,
  COMPARE_WORDS,
  type CueWords,
  DETAIL_WORDS,
  ENGLISH_COUNTERS,
  ENGLISH_NUMBERS,
  ENGLISH_ORDINALS,
  FRESH_START_WORDS,
  GIFT_WORDS,
  GREETING_WORDS,
  KOREAN_COUNTERS,
  KOREAN_NUMBERS,
  KOREAN_ORDINALS,
  MORE_WORDS,
  OTHER_BRAND_WORDS,
  PERFUME_TALK_WORDS,
  PRICE_WORDS,
  REFER_BACK_WORDS,
  RELATION_WORDS,
  SELF_WORDS,
  SHOP_WORDS,
  SIMILAR_WORDS,
  STOCK_WORDS,
  THANKS_WORDS,
  WHAT_IS_WORDS,
} from './chatWords';

/** What the chat cannot know, when a message asks it. */
export type CannotKnow = 'price' | 'shop' | 'stock';

/** What a chat message says beyond the search lexicon (accords, notes, moods … come from `understandQuery`). */
export interface ChatCues {
  /** `gift` when the message names a gift or whom it is for; `self` for "me", "나", "제가 쓸". */
  recipient: 'self' | 'gift' | null;
  relation: ChatRelation | null;
  /** The lean the relation implies (여자친구: feminine), or null. */
  relationGender: GenderKey | null;
  /** How many perfumes were asked for, as said (it may be over the limit); null when not said. */
  count: number | null;
  /** "아무거나", "just pick": recommend with defaults. */
  anyPick: boolean;
  /** The picks named by place, 1-based in the order said; LAST_ORDINAL (-1) for "the last one". */
  ordinals: number[];
  more: boolean;
  otherBrand: boolean;
  freshStart: boolean;
  similar: boolean;
  detail: boolean;
  compare: boolean;
  whatIs: boolean;
  cannotKnow: CannotKnow[];
  greeting: boolean;
  thanks: boolean;
  /** A word of the perfume world ("향수", "perfume", "추천"). */
  perfumeTalk: boolean;
  /** "그거", "that one": the perfume talked about last. */
  refersBack: boolean;
}

interface PreparedCues {
  ko: string[];
  en: readonly RegExp[];
}

const prepare = (words: CueWords): PreparedCues => ({ ko: words.ko.map(compactKey).filter(Boolean), en: words.en });
const CUES = {
  anyPick: prepare(ANY_PICK_WORDS),
  more: prepare(MORE_WORDS),
  otherBrand: prepare(OTHER_BRAND_WORDS),
  freshStart: prepare(FRESH_START_WORDS),
  similar: prepare(SIMILAR_WORDS),
  detail: prepare(DETAIL_WORDS),
  compare: prepare(COMPARE_WORDS),
  whatIs: prepare(WHAT_IS_WORDS),
  price: prepare(PRICE_WORDS),
  shop: prepare(SHOP_WORDS),
  stock: prepare(STOCK_WORDS),
  greeting: prepare(GREETING_WORDS),
  thanks: prepare(THANKS_WORDS),
  perfumeTalk: prepare(PERFUME_TALK_WORDS),
  refersBack: prepare(REFER_BACK_WORDS),
  gift: { ko: GIFT_WORDS.ko.map(compactKey), en: GIFT_WORDS.en },
};
const SELF_KO_WORDS = new Set(SELF_WORDS.koWords.map(compactKey));
const SELF_KO_PHRASES = SELF_WORDS.koPhrases.map(compactKey);
const HANGUL = /\p{Script=Hangul}/u;

const RELATIONS = RELATION_WORDS.map((relation) => ({
  ...relation,
  koKeys: relation.ko.map(compactKey),
  enPatterns: relation.en.map((word) => new RegExp(`\\b${foldForMatch(word)}s?\\b`)),
}));

function says(cue: PreparedCues, compact: string, words: string): boolean {
  return cue.ko.some((phrase) => compact.includes(phrase)) || cue.en.some((pattern) => pattern.test(words));
}

const bareKey = (token: TextToken) => withoutKoreanEnding(token.key) ?? token.key;

/** A Korean word of two syllables or more may carry any ending; one syllable must be the whole word. */
function namesRelation(keys: readonly string[], tokens: readonly TextToken[], compact: string): boolean {
  return keys.some((key) => {
    const syllables = [...key].filter((letter) => HANGUL.test(letter)).length;
    if (syllables >= 2) return compact.includes(key);
    return tokens.some((token) => token.key === key || bareKey(token) === key);
  });
}

function readRelation(tokens: readonly TextToken[], compact: string, words: string) {
  for (const relation of RELATIONS) {
    if (namesRelation(relation.koKeys, tokens, compact) || relation.enPatterns.some((pattern) => pattern.test(words))) {
      return relation;
    }
  }
  return null;
}

function readsAsSelf(tokens: readonly TextToken[], compact: string, words: string): boolean {
  return (
    tokens.some((token) => SELF_KO_WORDS.has(token.key)) ||
    SELF_KO_PHRASES.some((phrase) => compact.includes(phrase)) ||
    SELF_WORDS.en.some((pattern) => pattern.test(words))
  );
}

const KOREAN_NUMBER = new RegExp(`^(\\d+|${Object.keys(KOREAN_NUMBERS).join('|')})`);
const COUNTERS = KOREAN_COUNTERS.map(compactKey);
/** Before a number these make it a name ("No 5", "Number 5"), not a count. */
const NAME_NUMBER_MARKS = new Set(['no', 'n°', 'nº', 'number', 'n']);
/** Before a number these make it a count without a counter word ("top 3", "just one"). */
const COUNT_LEADS = new Set(['top', 'just', 'only']);
/** How many words a counter may follow its number by ("two fresh citrus perfumes"). */
const COUNTER_REACH = 3;
/** Words before digits that ask for a count. */
const ASKING_WORDS = new Set(['me', 'give', 'recommend', 'suggest', 'show', 'want', 'need', 'pick', 'find', 'list']);

function numberOf(word: string): number | undefined {
  return /^\d+$/.test(word) ? Number(word) : (KOREAN_NUMBERS[word] ?? ENGLISH_NUMBERS[word]);
}

function readCount(tokens: readonly TextToken[], words: string): number | null {
  for (let index = 0; index < tokens.length; index++) {
    const key = tokens[index]!.key;
    const before = tokens[index - 1]?.key ?? '';
    if (NAME_NUMBER_MARKS.has(before)) continue;
    // Korean: "3개", "세 가지", "다섯 개만"; "하나만", "하나".
    const korean = KOREAN_NUMBER.exec(key);
    if (korean) {
      const rest = key.slice(korean[0].length);
      const counted = rest
        ? COUNTERS.some((counter) => rest.startsWith(counter))
        : COUNTERS.some((counter) => (tokens[index + 1]?.key ?? '').startsWith(counter));
      if (counted) return numberOf(korean[1]!) ?? null;
      if (/^하나(만|요|만요)?$/.test(key)) return 1;
    }
  }
  // English: "3 perfumes", "five options", "top 3", "just one", "a couple of picks".
  // A number word may stand a few words before its counter ("two fresh citrus perfumes"); digits
  // only after a word that asks for a count ("give me 8 floral perfumes"), since names carry digits.
  const english = words.split(' ');
  for (let index = 0; index < english.length; index++) {
    const word = english[index]!;
    const value = numberOf(word);
    const before = english[index - 1] ?? '';
    if (value === undefined || NAME_NUMBER_MARKS.has(before)) continue;
    if (ENGLISH_COUNTERS.test(english[index + 1] ?? '') || COUNT_LEADS.has(before)) return value;
    const counterSoon = english
      .slice(index + 1, index + 1 + COUNTER_REACH)
      .some((next) => ENGLISH_COUNTERS.test(next) && next !== 'more' && next !== 'ones' && next !== 'one');
    if (counterSoon && (!/^\d+$/.test(word) || ASKING_WORDS.has(before))) return value;
  }
  const few = /\ba (couple|few)( of)? (\w+)/.exec(words);
  if (few && ENGLISH_COUNTERS.test(few[3]!)) return few[1] === 'couple' ? 2 : 3;
  return null;
}

const KOREAN_ORDINAL_KEYS = Object.keys(KOREAN_ORDINALS)
  .map((word) => ({ key: compactKey(word), value: KOREAN_ORDINALS[word]! }))
  .sort((a, b) => b.key.length - a.key.length);
/** "1번", "2번째", "3번 향수"; not "몇 번", nor "2번 뿌려" (how many sprays). */
const NUMBERED = /(\d)번(째)?(?!\s*(뿌|칙|씩|정도|이상|만))/g;
/** "the first one"; not "first time", "at first", "goes on first". */
const ENGLISH_ORDINAL = /\b(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last)\b/g;
const NOT_ORDINAL_BEFORE = new Set(['at', 'on', 'goes', 'go', 'apply', 'spray', 'put', 'wear', 'my', 'love']);
const NOT_ORDINAL_AFTER = new Set(['time', 'times', 'impression', 'date', 'layer']);

function readOrdinals(text: string, compact: string, words: string): number[] {
  const found: { at: number; value: number }[] = [];
  const taken: [number, number][] = [];
  for (const { key, value } of KOREAN_ORDINAL_KEYS) {
    for (let at = compact.indexOf(key); at >= 0; at = compact.indexOf(key, at + 1)) {
      if (taken.some(([start, end]) => at < end && start < at + key.length)) continue;
      taken.push([at, at + key.length]);
      found.push({ at, value });
    }
  }
  for (const match of text.matchAll(NUMBERED)) found.push({ at: match.index, value: Number(match[1]) });
  for (const match of text.matchAll(/#(\d)\b/g)) found.push({ at: match.index, value: Number(match[1]) });
  for (const match of words.matchAll(/\b(?:number|option|pick|choice) (\d)\b/g)) {
    found.push({ at: 10_000 + match.index, value: Number(match[1]) });
  }
  for (const match of words.matchAll(ENGLISH_ORDINAL)) {
    const before = words.slice(0, match.index).trim().split(' ').pop() ?? '';
    const after =
      words
        .slice(match.index + match[0].length)
        .trim()
        .split(' ')[0] ?? '';
    if (NOT_ORDINAL_BEFORE.has(before) || NOT_ORDINAL_AFTER.has(after)) continue;
    found.push({ at: 10_000 + match.index, value: ENGLISH_ORDINALS[match[1]!]! });
  }
  const ordinals: number[] = [];
  for (const { value } of found.sort((a, b) => a.at - b.at)) if (!ordinals.includes(value)) ordinals.push(value);
  return ordinals;
}

/**
 * Reads a chat message's cues in Korean or English: whom the perfume is for, how many, "anything",
 * ordinals, follow-ups, what kind of question it is and what it asks that the chat cannot know.
 * Each cue is read on its own; the chat's policy decides what they mean together.
 */
export function readChatCues(text: string): ChatCues {
  const tokens = tokenize(text);
  const compact = compactKey(text);
  const words = foldForMatch(text);
  const relation = readRelation(tokens, compact, words);
  const gift = relation !== null || says(CUES.gift, compact, words);
  const cannotKnow: CannotKnow[] = [];
  if (says(CUES.price, compact, words)) cannotKnow.push('price');
  if (says(CUES.shop, compact, words)) cannotKnow.push('shop');
  if (says(CUES.stock, compact, words)) cannotKnow.push('stock');
  return {
    recipient: gift ? 'gift' : readsAsSelf(tokens, compact, words) ? 'self' : null,
    relation: relation?.key ?? null,
    relationGender: relation?.gender ?? null,
    count: readCount(tokens, words),
    anyPick: says(CUES.anyPick, compact, words),
    ordinals: readOrdinals(text, compact, words),
    more: says(CUES.more, compact, words),
    otherBrand: says(CUES.otherBrand, compact, words),
    freshStart: says(CUES.freshStart, compact, words),
    similar: says(CUES.similar, compact, words),
    detail: says(CUES.detail, compact, words),
    compare: says(CUES.compare, compact, words),
    whatIs: says(CUES.whatIs, compact, words),
    cannotKnow,
    greeting: says(CUES.greeting, compact, words),
    thanks: says(CUES.thanks, compact, words),
    perfumeTalk: says(CUES.perfumeTalk, compact, words),
    refersBack: says(CUES.refersBack, compact, words),
  };
}

const CHAT_COMMON_KEYS = new Set(CHAT_COMMON_WORDS.map(compactKey));

/** Whether a folded word (`compactKey`) is one of the chat's own words ("선물", "boyfriend", "more"), no perfume's name alone. */
export function isChatWord(key: string): boolean {
  return CHAT_COMMON_KEYS.has(key) || CHAT_COMMON_KEYS.has(withoutKoreanEnding(key) ?? key);
}
