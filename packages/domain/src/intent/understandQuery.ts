import type { AccordKey, GenderKey, OccasionKey, SeasonKey } from '@scentence/api/vocabulary';
import { compactKey } from '../text/foldForMatch';
import { isKoreanEndingChain, withoutKoreanEnding } from '../text/koreanEndings';
import { type TextToken, tokenize } from '../text/tokens';
import type { IntentKind, IntentMeaning, IntentVocabulary } from './intentVocabulary';
import { isNegatingContinuation, readModifiers } from './modifiers';

/** One word (or phrase) of the query that was understood. */
export interface UnderstoodTerm {
  kind: IntentKind;
  key: string;
  /** The words of the query as typed, particles included ("여름에"). */
  text: string;
  start: number;
  end: number;
  /** "달지 않게", "우디 말고", "no oud", "less sweet". */
  negated: boolean;
  /** 1 as asked, 1.5 for "더" / "more" / "warmer", 0.5 for "조금" / "slightly". */
  intensity: number;
}

export interface SearchFilters {
  accords: AccordKey[];
  notes: string[];
  excludeAccords: AccordKey[];
  excludeNotes: string[];
  season?: SeasonKey;
  occasion?: OccasionKey;
  gender?: GenderKey;
}

export interface QueryUnderstanding {
  /** The query as typed, for the name search that runs beside the filters. */
  text: string;
  /** Accords and notes named (or excluded), and the first season, occasion and gender lean named. */
  filters: SearchFilters;
  /** Every accord asked for by accord and mood words, summed with weights; negative for what is not wanted. */
  accordWeights: Partial<Record<AccordKey, number>>;
  /** The mood keys named, for the chat's wording. */
  moods: string[];
  /** The words of the query that were neither understood nor filler ("르라보", "Santal 33"), for the name search. */
  remainingText: string;
  understood: UnderstoodTerm[];
}

/** At most this many words make one phrase of the lexicon ("hot weather", "남녀 공용"). */
const MAX_PHRASE_TOKENS = 4;
/** What may follow an English word inside the same token: plurals, "fruity", comparatives. */
const LATIN_SUFFIXES = new Set(['s', 'es', 'y', 'ey', 'er', 'r', 'ier', 'ish']);
const HANGUL = /\p{Script=Hangul}/u;

interface Position {
  token: number;
  offset: number;
}

interface LexiconMatch {
  meaning: IntentMeaning;
  /** The last token the word reaches into. */
  last: number;
  /** Where the word ends inside the last token. */
  endOffset: number;
  /** What the last token continues with after the word. */
  rest: string;
}

/** A one-syllable note (배, 꿀, 차) counts only as a scent: "배향", "꿀 노트". */
const SCENT_WORDS = ['향', '노트', '냄새'].map(compactKey);

function startsWithWord(vocabulary: IntentVocabulary, text: string): boolean {
  for (let length = Math.min(vocabulary.longestWord, text.length); length >= 2; length--) {
    if (vocabulary.words.has(text.slice(0, length))) return true;
  }
  return false;
}

/**
 * Whether a lexicon word may stand where it was found: whole words always; inside a word,
 * Korean stems of two syllables or more ("시원", "포근") before any ending, one-syllable words
 * ("봄", "꽃") only before particles or another lexicon word ("봄여름"), English words before a
 * plural or comparative ending. One-syllable notes need a scent word after them.
 */
function mayStand(
  vocabulary: IntentVocabulary,
  word: string,
  meaning: IntentMeaning,
  rest: string,
  next: string,
): boolean {
  const syllables = [...word].filter((letter) => HANGUL.test(letter)).length;
  if (meaning.kind === 'note' && syllables === 1 && word.length === 1) {
    return SCENT_WORDS.some((scent) => (rest === '' ? next : rest).startsWith(scent));
  }
  if (rest === '') return true;
  if (!HANGUL.test(word[word.length - 1]!)) return LATIN_SUFFIXES.has(rest);
  return (
    syllables >= 2 || isKoreanEndingChain(rest) || isNegatingContinuation(rest) || startsWithWord(vocabulary, rest)
  );
}

function longestWordAt(
  vocabulary: IntentVocabulary,
  tokens: readonly TextToken[],
  at: Position,
): LexiconMatch | undefined {
  let text = tokens[at.token]!.key.slice(at.offset);
  const tokenEnds = [text.length];
  for (let next = at.token + 1; next < Math.min(tokens.length, at.token + MAX_PHRASE_TOKENS); next++) {
    text += tokens[next]!.key;
    tokenEnds.push(text.length);
  }
  for (let length = Math.min(vocabulary.longestWord, text.length); length > 0; length--) {
    const word = text.slice(0, length);
    const meaning = vocabulary.words.get(word);
    if (!meaning) continue;
    const lastIndex = tokenEnds.findIndex((end) => end >= length);
    const tokenStart = lastIndex === 0 ? 0 : tokenEnds[lastIndex - 1]!;
    const rest = text.slice(length, tokenEnds[lastIndex]);
    if (!mayStand(vocabulary, word, meaning, rest, tokens[at.token + lastIndex + 1]?.key ?? '')) continue;
    const endOffset = (lastIndex === 0 ? at.offset : 0) + (length - tokenStart);
    return { meaning, last: at.token + lastIndex, endOffset, rest };
  }
  return undefined;
}

function emptyFilters(): SearchFilters {
  return { accords: [], notes: [], excludeAccords: [], excludeNotes: [] };
}

function addToFilters(filters: SearchFilters, term: UnderstoodTerm): void {
  const add = <K extends string>(list: K[], key: K) => {
    if (!list.includes(key)) list.push(key);
  };
  if (term.kind === 'accord') add(term.negated ? filters.excludeAccords : filters.accords, term.key as AccordKey);
  if (term.kind === 'note') add(term.negated ? filters.excludeNotes : filters.notes, term.key);
  if (term.negated) return;
  if (term.kind === 'season') filters.season ??= term.key as SeasonKey;
  if (term.kind === 'occasion') filters.occasion ??= term.key as OccasionKey;
  if (term.kind === 'gender') filters.gender ??= term.key as GenderKey;
}

/**
 * What a search or chat message asks for, in Korean or English: the accords, notes, season,
 * occasion and gender lean it names (as filters), the mood words (as accord weights), with
 * negation ("달지 않게", "no oud") and intensity ("더 포근하게", "warmer"), and the words left over.
 *
 * Words that are also a perfume's name ("Oud Wood", "Blanche", "Santal 33") are read as intent
 * words here all the same; the caller searches names with the original `text` beside the filters
 * and ranks a confident name match first (see the package README).
 */
export function understandQuery(text: string, vocabulary: IntentVocabulary): QueryUnderstanding {
  const tokens = tokenize(text);
  const understood: UnderstoodTerm[] = [];
  const accordsAsked: Partial<Record<AccordKey, number>>[] = [];
  const consumed = new Set<number>();
  let at: Position = { token: 0, offset: 0 };
  while (at.token < tokens.length) {
    const match = longestWordAt(vocabulary, tokens, at);
    if (!match) {
      at = { token: at.token + 1, offset: 0 };
      continue;
    }
    const modifiers = readModifiers(tokens, at.token, match.last, match.rest);
    for (let token = at.token; token <= match.last; token++) consumed.add(token);
    for (const token of modifiers.tokens) consumed.add(token);
    const start = tokens[at.token]!.start;
    const end = tokens[match.last]!.end;
    understood.push({
      kind: match.meaning.kind,
      key: match.meaning.key,
      text: text.slice(start, end),
      start,
      end,
      negated: modifiers.negated,
      intensity: modifiers.intensity,
    });
    accordsAsked.push(match.meaning.accords);
    // The rest of the word may hold another ("여름데일리"), unless it is only an ending; a
    // negation after the word ("바닐라 빼고") is not read again as a word of its own.
    const lastKey = tokens[match.last]!.key;
    const continues =
      match.endOffset < lastKey.length && !isKoreanEndingChain(match.rest) && !LATIN_SUFFIXES.has(match.rest);
    const next = Math.max(match.last, ...modifiers.tokens) + 1;
    at = continues ? { token: match.last, offset: match.endOffset } : { token: next, offset: 0 };
  }

  const filters = emptyFilters();
  const accordWeights: Partial<Record<AccordKey, number>> = {};
  const moods: string[] = [];
  understood.forEach((term, position) => {
    addToFilters(filters, term);
    if (term.kind === 'mood' && !term.negated && !moods.includes(term.key)) moods.push(term.key);
    for (const [accord, weight] of Object.entries(accordsAsked[position]!) as [AccordKey, number][]) {
      accordWeights[accord] = (accordWeights[accord] ?? 0) + (term.negated ? -1 : 1) * term.intensity * weight;
    }
  });
  const remainingText = tokens
    .filter((token, index) => !consumed.has(index) && !isFiller(vocabulary, token))
    .map((token) => token.text)
    .join(' ');
  return { text, filters, accordWeights, moods, remainingText, understood };
}

function isFiller(vocabulary: IntentVocabulary, token: TextToken): boolean {
  return vocabulary.fillers.has(token.key) || vocabulary.fillers.has(withoutKoreanEnding(token.key) ?? token.key);
}
