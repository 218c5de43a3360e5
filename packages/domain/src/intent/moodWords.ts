import { accordKeySchema } from '@scentence/api/schemas';
import type { AccordKey } from '@scentence/api/vocabulary';
import moodTable from './moodWords.json' with { type: 'json' };

/** An image or feeling people ask for, and the accords that give it (weights 0..1). */
export interface MoodEntry {
  key: string;
  ko: string;
  en: string;
  /** Word stems in Korean (any ending may follow a stem of two syllables or more) and words in English. */
  words: { ko: readonly string[]; en: readonly string[] };
  accords: Partial<Record<AccordKey, number>>;
}

/** A mood's accords from this share of its strongest weight on are its core: carrying one admits a perfume. */
export const MOOD_CORE_SHARE = 0.5;

/**
 * Mood and image words, Korean and English, mapped to accords with weights, written by hand in
 * moodWords.json from how perfumers describe these effects. The chat and layering steer by these weights.
 */
export const MOODS: readonly MoodEntry[] = moodTable.map((mood) => ({ ...mood, accords: accordWeights(mood.accords) }));

/**
 * JSON cannot say which keys an object may have, so each accord is checked against the vocabulary
 * as the table loads. (The JSON's type gives every mood the other moods' accords as undefined.)
 */
function accordWeights(weights: Readonly<Record<string, number | undefined>>): Partial<Record<AccordKey, number>> {
  const checked: Partial<Record<AccordKey, number>> = {};
  for (const [accord, weight] of Object.entries(weights)) {
    if (weight !== undefined) checked[accordKeySchema.parse(accord)] = weight;
  }
  return checked;
}
