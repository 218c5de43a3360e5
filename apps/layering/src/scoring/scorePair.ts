import type { LayeringReason } from '@scentence/api/schemas';
import { clashFindings } from './clashRules';
import { type ComplementMatch, complementsOf } from './complementRules';
import { contrastFinding } from './contrastRule';
import { harmonyFindings } from './harmonyRules';
import { localize, perfumeLabel } from './labels';
import type { LayeringPerfume } from './layeringPerfume';
import { NO_CAP, type RuleFinding, roundPoints } from './ruleFinding';
import { clampScore } from './verdict';

/** Where every pair starts: neither good nor bad until a rule says so. */
export const BASE_SCORE = 50;
/** The strongest complement counts fully, the next ones less (the same idea said twice adds little). */
export const COMPLEMENT_POINTS = [18, 8, 4] as const;
/** Below this many points from positive rules, a pair has nothing that connects it. */
const CONNECTS_MIN_POINTS = 2;

export interface RuleScore {
  /** 0–100 from the documented rules alone. */
  score: number;
  contrast: boolean;
  /** Strongest effect first. */
  reasons: LayeringReason[];
}

function complementFindings(matches: readonly ComplementMatch[]): RuleFinding[] {
  return matches.slice(0, COMPLEMENT_POINTS.length).map((match, rank) => {
    const points = roundPoints(COMPLEMENT_POINTS[rank]! * match.weight);
    return {
      kind: 'complement',
      rule: match.rule,
      points,
      cap: NO_CAP,
      reason: () => ({
        kind: 'complement',
        rule: match.rule,
        points,
        text: localize(match.text, { x: perfumeLabel(match.x), y: perfumeLabel(match.y) }),
        accords: match.accords,
        notes: match.notes.map((note) => ({ slug: note.slug, name: note.name, nameKo: note.nameKo })),
      }),
    };
  });
}

const NOTHING_CONNECTS: LayeringReason = {
  kind: 'caution',
  rule: 'caution.nothing_connects',
  points: 0,
  text: {
    ko: '두 향을 이어 줄 공통점이나 잘 알려진 조합이 없어요',
    en: 'Nothing links the two: no shared accord, bridge note or known pairing',
  },
  accords: [],
  notes: [],
};

interface Evaluation {
  score: number;
  contrast: boolean;
  findings: RuleFinding[];
}

/** Every rule on the pair, the one with the lower id read first, so either order is the same. */
function evaluate(a: LayeringPerfume, b: LayeringPerfume): Evaluation {
  const [first, second] = a.id <= b.id ? [a, b] : [b, a];
  const contrast = contrastFinding(first, second);
  const findings = [
    ...harmonyFindings(first, second),
    ...complementFindings(complementsOf(first, second)),
    ...(contrast ? [contrast] : []),
    ...clashFindings(first, second),
  ];
  let points = 0;
  let cap = NO_CAP;
  for (const found of findings) {
    points += found.points;
    cap = Math.min(cap, found.cap);
  }
  return { score: Math.min(cap, clampScore(BASE_SCORE + points)), contrast: contrast !== null, findings };
}

/** The rules' score alone, without writing the reasons: for ranking many candidates. */
export function ruleScoreOf(a: LayeringPerfume, b: LayeringPerfume): number {
  return evaluate(a, b).score;
}

/** The documented rules (docs/layering.md) applied to two perfumes; either order gives the same answer. */
export function scoreByRules(a: LayeringPerfume, b: LayeringPerfume): RuleScore {
  const { score, contrast, findings } = evaluate(a, b);
  const reasons = findings.map((found) => found.reason());
  if (!findings.some((found) => found.points > CONNECTS_MIN_POINTS)) reasons.push(NOTHING_CONNECTS);
  reasons.sort((x, y) => Math.abs(y.points) - Math.abs(x.points) || x.rule.localeCompare(y.rule));
  return { score, contrast, reasons };
}
