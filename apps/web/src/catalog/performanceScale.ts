import type { Label } from '@scentence/api/vocabulary';
import type { Locale } from '../i18n/locale';

export interface ScaleReading {
  /** The nearest step's name, e.g. "오래 감". */
  step: string;
  /** The mean with one decimal, e.g. "4.0". */
  value: string;
  /** How many steps the scale has. */
  max: number;
  /** Where the mean sits along the scale, 0..100 (the first step at 0, the last at 100). */
  position: number;
}

/** Reads a mean score (1…steps.length) on a named scale such as LONGEVITY_STEPS. */
export function readScale(mean: number, steps: readonly Label<string>[], locale: Locale): ScaleReading {
  const max = steps.length;
  const clamped = Math.max(1, Math.min(max, mean));
  const nearest = steps[Math.round(clamped) - 1];
  return {
    step: nearest ? nearest[locale] : '',
    value: clamped.toFixed(1),
    max,
    position: max > 1 ? ((clamped - 1) / (max - 1)) * 100 : 100,
  };
}
