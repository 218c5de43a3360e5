import type { Locale } from '@scentence/api/schemas';
import type { CatalogNameRow } from '@scentence/db';
import {
  type ChatCues,
  isChatWord,
  isIntentWord,
  type LayeringQuestion,
  type QueryUnderstanding,
  readChatCues,
  readLayeringQuestion,
  understandQuery,
} from '@scentence/domain/intent';
import {
  type BrandMention,
  CONFIDENT_NAME_SCORE,
  findBrandMentions,
  findPerfumeMentions,
} from '@scentence/domain/names';
import type { ChatCatalogIndex } from './chatCatalogIndex';

/** A name in the message that fits several perfumes (or only roughly one): the chat asks which. */
export interface UnclearMention {
  text: string;
  candidates: CatalogNameRow[];
}

/** Everything the engine reads from one message, before it weighs it against the conversation. */
export interface MessageReading {
  text: string;
  /** The message's language: Hangul means Korean. */
  locale: Locale;
  /** Accords, notes, seasons, occasions, gender leans and moods (words inside a perfume's name left out). */
  understanding: QueryUnderstanding;
  cues: ChatCues;
  /** The perfumes the message names for sure, in order. */
  perfumes: CatalogNameRow[];
  unclear: UnclearMention[];
  /** Houses named on their own (not as part of a perfume's name). */
  brands: BrandMention[];
  layering: LayeringQuestion;
}

const HANGUL = /\p{Script=Hangul}/u;
/** Perfumes named in one message at most (a comparison names two; a list a few more). */
const MAX_MENTIONS = 3;

export function localeOfText(text: string): Locale {
  return HANGUL.test(text) ? 'ko' : 'en';
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/**
 * Reads one message against the catalog: the intent lexicon's words, the chat's cues, the
 * perfumes and houses it names. A word inside a perfume's name ("Oud Wood") is the perfume's, not
 * a wish for oud; a house inside one ("Chanel No 5") is not a wish for the house.
 */
export function readMessage(text: string, catalog: ChatCatalogIndex): MessageReading {
  const { vocabulary, names } = catalog.index;
  const isCommonWord = (key: string) => isIntentWord(vocabulary, key) || isChatWord(key);
  const mentions = findPerfumeMentions(text, names, { maxMentions: MAX_MENTIONS, isCommonWord });
  const confident = mentions.filter(
    (mention) => !mention.ambiguous && (mention.candidates[0]?.score ?? 0) >= CONFIDENT_NAME_SCORE,
  );
  const unclear = mentions
    .filter((mention) => !confident.includes(mention))
    .map((mention) => ({ text: mention.text, candidates: mention.candidates.map((match) => match.perfume) }));
  const understanding = understandQuery(text, vocabulary);
  const understood = understanding.understood.filter((term) => !mentions.some((mention) => overlaps(term, mention)));
  const kept = { ...understanding, understood };
  const brands = findBrandMentions(text, names, { isCommonWord }).filter(
    (brand) => !mentions.some((mention) => overlaps(brand, mention)),
  );
  return {
    text,
    locale: localeOfText(text),
    understanding: kept,
    cues: readChatCues(text),
    perfumes: confident.map((mention) => mention.candidates[0]!.perfume),
    unclear,
    brands,
    layering: readLayeringQuestion(text),
  };
}
