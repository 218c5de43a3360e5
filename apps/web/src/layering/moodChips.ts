import { LAYERING_MOOD_MAX_LENGTH } from '@scentence/api/schemas';

/**
 * The mood words offered as chips under the partners. Each language's words are ones the
 * service's lexicon reads (docs/layering.md, "Mood words"): "시원하게" and "cooler" both steer cool.
 */
export const MOOD_CHIP_KEYS = ['cool', 'cozy', 'notSweet', 'warm', 'fresh', 'clean', 'deep', 'light'] as const;
export type MoodChipKey = (typeof MOOD_CHIP_KEYS)[number];

/** The intensity the service takes: 1 a little, 2 clearly (its default), 3 strongly. */
export const MOOD_INTENSITIES = [1, 2, 3] as const;
export type MoodIntensity = (typeof MOOD_INTENSITIES)[number];

/** Where the reader wants the blend to go: chosen mood words, words of their own, and how much. */
export interface MoodChoice {
  chips: MoodChipKey[];
  typed: string;
  intensity: MoodIntensity;
}

export const NO_MOOD: MoodChoice = { chips: [], typed: '', intensity: 2 };

/** The words sent as `mood`: the chosen chips' words in the reader's language, then what was typed; undefined when none. */
export function moodText(
  chosen: readonly MoodChipKey[],
  words: Readonly<Record<MoodChipKey, string>>,
  typed: string,
): string | undefined {
  const parts = [...MOOD_CHIP_KEYS.filter((key) => chosen.includes(key)).map((key) => words[key]), typed.trim()];
  const text = parts
    .filter((part) => part.length > 0)
    .join(' ')
    .slice(0, LAYERING_MOOD_MAX_LENGTH)
    .trim();
  return text.length > 0 ? text : undefined;
}
