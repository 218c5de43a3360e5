import type { AccordKey } from '@scentence/api/vocabulary';
import { MOOD_CORE_SHARE } from '@scentence/domain/intent';

/**
 * Mood weights are used as whole thousandths, so PostgreSQL and the facet index add a perfume's
 * weighted strengths up exactly, in whatever order (with fractions, the last bit of a sum
 * depended on the order rows came in, and could reorder two perfumes that tie).
 */
const WEIGHT_SCALE = 1000;

/** A search's mood: accords with their weights, and which of them admit a perfume. */
export interface MoodWeights {
  keys: AccordKey[];
  /** Thousandths; negative weights count against. */
  weights: number[];
  /** Carrying this accord (from ACCORD_PRESENT on) admits a perfume to the mood's results. */
  core: boolean[];
}

/** The mood of a search's accord weights; null when none is positive (then they change nothing). */
export function moodWeightsOf(weights: Partial<Record<AccordKey, number>> | undefined): MoodWeights | null {
  const entries = Object.entries(weights ?? {})
    .map(([key, weight]) => [key as AccordKey, Math.round((weight ?? 0) * WEIGHT_SCALE)] as const)
    .filter(([, weight]) => weight !== 0);
  const strongest = Math.max(0, ...entries.map(([, weight]) => weight));
  if (strongest === 0) return null;
  return {
    keys: entries.map(([key]) => key),
    weights: entries.map(([, weight]) => weight),
    core: entries.map(([, weight]) => weight >= strongest * MOOD_CORE_SHARE),
  };
}
