import type { LayeringReason } from '@scentence/api/schemas';

/**
 * A rule the pair meets: its points, the highest score it allows, and its reason, written only
 * when asked for (scoring hundreds of candidates needs the points alone).
 */
export interface RuleFinding {
  kind: LayeringReason['kind'];
  rule: string;
  points: number;
  /** 39 puts the pair in `clash`, 59 in `risky` at best; 100 leaves the verdict to the points. */
  cap: number;
  reason(): LayeringReason;
}

export const NO_CAP = 100;

/** Points as shown: one decimal. */
export function roundPoints(points: number): number {
  return Math.round(points * 10) / 10;
}
