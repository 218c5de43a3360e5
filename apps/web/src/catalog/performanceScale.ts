import type { Label } from '@scentence/api/vocabulary';
import type { Locale } from '../i18n/locale';

export interface ScaleReading {
  /** The nearest step's name, e.g. "오래 감". */
  step: string;
  /** The nearest step's place on the scale, 0 for the first. */
  stepIndex: number;
  /** The mean with one decimal, e.g. "4.0". */
  value: string;
  /** The same as a number (the meter's aria-valuenow). */
  mean: number;
  /** How many steps the scale has. */
  max: number;
  /** How much of each step's segment is filled, 0..1: every step up to the mean, the one it reaches into in part. */
  fills: number[];
}

/** Reads a mean score (1…steps.length) on a named scale such as LONGEVITY_STEPS. */
export function readScale(mean: number, steps: readonly Label<string>[], locale: Locale): ScaleReading {
  const max = steps.length;
  const clamped = Math.round(Math.max(1, Math.min(max, mean)) * 10) / 10;
  const stepIndex = Math.round(clamped) - 1;
  const nearest = steps[stepIndex];
  return {
    step: nearest ? nearest[locale] : '',
    stepIndex,
    value: clamped.toFixed(1),
    mean: clamped,
    max,
    fills: steps.map((_, index) => Math.round(Math.max(0, Math.min(1, clamped - index)) * 100) / 100),
  };
}
