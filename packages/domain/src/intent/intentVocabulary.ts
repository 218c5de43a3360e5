import {
  ACCORDS,
  type AccordKey,
  GENDERS,
  type GenderKey,
  OCCASIONS,
  type OccasionKey,
  SEASONS,
  type SeasonKey,
} from '@scentence/api/vocabulary';
import { compactKey } from '../text/foldForMatch';
import { withoutKoreanEnding } from '../text/koreanEndings';
import { ACCORD_WORDS } from './accordWords';
import { FILLER_WORDS, GENDER_WORDS, OCCASION_WORDS, SEASON_WORDS } from './contextWords';
import { MOODS } from './moodWords';
import { NOTE_WORDS } from './noteWords';

export type IntentKind = 'accord' | 'note' | 'season' | 'occasion' | 'gender' | 'mood';

/** What one word of the lexicon means. */
export interface IntentMeaning {
  kind: IntentKind;
  /** The accord, season, occasion or gender key, the caller's note key, or the mood key. */
  key: string;
  /** The accords the word asks for, with weights (an accord word asks for its accord alone). */
  accords: Partial<Record<AccordKey, number>>;
}

/** A note of the catalog as the caller knows it; `key` is what the caller filters by (its slug). */
export interface IntentNote {
  key: string;
  name: string;
  nameKo?: string | null;
}

/** The lexicon, built once: folded word → meaning. */
export interface IntentVocabulary {
  readonly words: ReadonlyMap<string, IntentMeaning>;
  readonly fillers: ReadonlySet<string>;
  readonly longestWord: number;
}

/** Where the same word is listed twice (머스크: the musky accord and the musk note), the broader meaning wins. */
const PRIORITY: Readonly<Record<IntentKind, number>> = {
  accord: 5,
  season: 4,
  occasion: 4,
  gender: 4,
  mood: 3,
  note: 1,
};

export interface IntentVocabularyInput {
  /** The catalog's notes, in English and Korean (the seed's note table, or the notes of the database). */
  notes?: readonly IntentNote[];
}

/**
 * The lexicon of search-by-intent words in Korean and English: accords (their labels and everyday
 * words), the caller's notes, seasons, occasions, gender leans and mood words. Build it once.
 */
export function createIntentVocabulary(input: IntentVocabularyInput = {}): IntentVocabulary {
  const words = new Map<string, IntentMeaning>();
  const add = (spelling: string, meaning: IntentMeaning) => {
    const key = compactKey(spelling);
    const current = words.get(key);
    if (key && (!current || PRIORITY[current.kind] < PRIORITY[meaning.kind])) words.set(key, meaning);
  };

  for (const note of input.notes ?? []) {
    // A note named like several (배: "pear", "nashi pear") means the plainest one.
    const other = NOTE_WORDS[note.key];
    for (const spelling of [note.name, note.nameKo ?? '', ...(other?.ko ?? []), ...(other?.en ?? [])]) {
      const current = words.get(compactKey(spelling));
      if (current?.kind === 'note' && current.key.length <= note.key.length) continue;
      add(spelling, { kind: 'note', key: note.key, accords: {} });
    }
  }
  for (const mood of MOODS) {
    for (const spelling of [...mood.words.ko, ...mood.words.en])
      add(spelling, { kind: 'mood', key: mood.key, accords: mood.accords });
  }
  const addLabelled = <K extends string>(
    kind: IntentKind,
    labels: readonly { key: K; ko: string; en: string }[],
    extra: Readonly<Record<K, { ko: readonly string[]; en: readonly string[] }>>,
    accordsOf: (key: K) => Partial<Record<AccordKey, number>>,
  ) => {
    for (const label of labels) {
      const spellings = [label.ko, label.en, ...extra[label.key].ko, ...extra[label.key].en];
      for (const spelling of spellings) add(spelling, { kind, key: label.key, accords: accordsOf(label.key) });
    }
  };
  addLabelled<SeasonKey>('season', SEASONS, SEASON_WORDS, () => ({}));
  addLabelled<OccasionKey>('occasion', OCCASIONS, OCCASION_WORDS, () => ({}));
  addLabelled<GenderKey>('gender', GENDERS, GENDER_WORDS, () => ({}));
  addLabelled<AccordKey>('accord', ACCORDS, ACCORD_WORDS, (key) => ({ [key]: 1 }));

  return {
    words,
    fillers: new Set([...FILLER_WORDS.ko, ...FILLER_WORDS.en].map(compactKey)),
    longestWord: [...words.keys()].reduce((longest, key) => Math.max(longest, key.length), 0),
  };
}

/**
 * Whether a folded word (`compactKey`) is a word of the lexicon on its own, with or without a
 * Korean ending: pass it to `findPerfumeMentions` so that "rose" alone is not read as a perfume.
 */
export function isIntentWord(vocabulary: IntentVocabulary, key: string): boolean {
  const bare = withoutKoreanEnding(key) ?? key;
  return [key, bare].some((word) => vocabulary.words.has(word) || vocabulary.fillers.has(word));
}
