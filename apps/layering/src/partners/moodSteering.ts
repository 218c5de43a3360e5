import type { LayeringMood } from '@scentence/api/schemas';
import { ACCORDS, type AccordKey, noteFamilyOf } from '@scentence/api/vocabulary';
import { type IntentVocabulary, MOODS, understandQuery } from '@scentence/domain/intent';
import type { Localized } from '../scoring/labels';

/** The wire's intensity (1 a little, 2 clearly, 3 strongly) as a factor on the mood's pull. */
const INTENSITY_FACTOR: Readonly<Record<number, number>> = { 1: 0.5, 2: 1, 3: 1.5 };
/** A note named in the mood steers by its family, this much of a mood word. */
const NOTE_WEIGHT = 0.7;

/** Where a mood steers the partners. */
export interface MoodSteer {
  mood: LayeringMood;
  /** Accord → weight, the strongest ±1; negative for away from. */
  direction: Partial<Record<AccordKey, number>>;
  /** How hard to steer: the wire's intensity times the words' own ("더" 1.5, "조금" 0.5). */
  pull: number;
}

function labelOf(kind: string, key: string, text: string): Localized {
  if (kind === 'mood') {
    const mood = MOODS.find((entry) => entry.key === key);
    if (mood) return { ko: mood.ko, en: mood.en };
  }
  if (kind === 'accord') {
    const accord = ACCORDS.find((entry) => entry.key === key);
    if (accord) return { ko: accord.ko, en: accord.en };
  }
  return { ko: text, en: text };
}

/**
 * Reads mood words in Korean or English ("시원하게", "더 포근하게", "달지 않게", "warmer") into a
 * direction over the accords (the intent lexicon's weights), or null when no word is understood.
 */
export function readMood(text: string | undefined, intensity: number, vocabulary: IntentVocabulary): MoodSteer | null {
  if (!text) return null;
  const understanding = understandQuery(text, vocabulary);
  const weights: Partial<Record<AccordKey, number>> = { ...understanding.accordWeights };
  const terms = understanding.understood.filter(
    (term) => term.kind === 'mood' || term.kind === 'accord' || term.kind === 'note',
  );
  for (const term of terms) {
    if (term.kind !== 'note') continue;
    const family = noteFamilyOf(term.key);
    if (family) weights[family] = (weights[family] ?? 0) + (term.negated ? -1 : 1) * term.intensity * NOTE_WEIGHT;
  }
  const entries = (Object.entries(weights) as [AccordKey, number][]).filter(([, weight]) => weight !== 0);
  if (entries.length === 0) return null;
  const strongest = Math.max(...entries.map(([, weight]) => Math.abs(weight)));
  const direction = Object.fromEntries(entries.map(([key, weight]) => [key, weight / strongest]));
  const wordIntensity = terms.length > 0 ? Math.max(...terms.map((term) => term.intensity)) : 1;
  return {
    mood: {
      text,
      understood: terms.map((term) => ({
        kind: term.kind as 'mood' | 'accord' | 'note',
        key: term.key,
        label: labelOf(term.kind, term.key, term.text),
        text: term.text,
        negated: term.negated,
      })),
      accords: entries
        .map(([key, weight]) => ({ key, weight: Math.round((weight / strongest) * 100) / 100 }))
        .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || a.key.localeCompare(b.key)),
    },
    direction,
    pull: (INTENSITY_FACTOR[intensity] ?? 1) * wordIntensity,
  };
}

/**
 * How far a partner moves the blend where the mood asks, −1 (the opposite way) … 1: its accords
 * along the mood's direction.
 */
export function moodAlignment(steer: MoodSteer, accords: Partial<Record<AccordKey, number>>): number {
  let along = 0;
  let total = 0;
  for (const [key, weight] of Object.entries(steer.direction) as [AccordKey, number][]) {
    along += weight * ((accords[key] ?? 0) / 100);
    total += Math.abs(weight);
  }
  return total === 0 ? 0 : Math.max(-1, Math.min(1, along / total));
}

/** The accords worth searching the catalog for: the mood's own, at half its strongest pull or more. */
export function moodFamilies(steer: MoodSteer | null): AccordKey[] {
  if (!steer) return [];
  return (Object.entries(steer.direction) as [AccordKey, number][])
    .filter(([, weight]) => weight >= 0.5)
    .map(([key]) => key);
}
