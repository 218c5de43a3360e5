import { LAYERING_VERDICTS, type LayeringVerdict, VERDICT_MIN_SCORE } from '@scentence/api/schemas';

/** great 80–100, good 60–79, risky 40–59, clash 0–39. */
export function verdictOf(score: number): LayeringVerdict {
  return LAYERING_VERDICTS.find((verdict) => score >= VERDICT_MIN_SCORE[verdict]) ?? 'clash';
}

export function clampScore(score: number): number {
  return Math.max(0, Math.min(100, Math.round(score)));
}
