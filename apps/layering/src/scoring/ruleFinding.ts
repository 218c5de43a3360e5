import type { LayeringReason } from '@scentence/api/schemas';
import type { AccordKey } from '@scentence/api/vocabulary';
import { noteRef } from './labels';
import type { LayeringNote } from './layeringPerfume';

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

/** What a reason says beyond its rule: the sentence, and the accords and notes it names. */
export interface ReasonDetail {
  text: LayeringReason['text'];
  accords?: AccordKey[];
  notes?: LayeringNote[];
}

/** A finding that leaves the verdict to the points, its reason carrying the finding's kind, rule and points. */
export function uncappedFinding(
  kind: LayeringReason['kind'],
  rule: string,
  points: number,
  detail: () => ReasonDetail,
): RuleFinding {
  return {
    kind,
    rule,
    points,
    cap: NO_CAP,
    reason: () => {
      const { text, accords = [], notes = [] } = detail();
      return { kind, rule, points: roundPoints(points), text, accords, notes: notes.map(noteRef) };
    },
  };
}
