import type { LayeringAnswer } from '@scentence/api/schemas';
import type { PairSelection } from './layeringUrl';

export type ClarifyAnswer = Extract<LayeringAnswer, { kind: 'clarify' }>;
export type PerfumeChoice = ClarifyAnswer['suggestions'][number];

/** What the reader picked so far: a candidate per unsettled name (by its place in `mentions`), or a suggestion. */
export interface ClarifyPicks {
  mentions: Readonly<Record<number, number>>;
  suggestion: number | null;
}

export const NO_PICKS: ClarifyPicks = { mentions: {}, suggestion: null };

/** Where the page goes once the question is settled: the perfumes to show and the mood words to steer by. */
export interface ClarifiedRequest {
  selection: PairSelection;
  mood: string | null;
}

/**
 * The question made whole by the reader's picks: every name settled gives a pair (two perfumes) or
 * one perfume's partners; null while a name still waits for its pick. A name with nothing to pick
 * drops out; a pressed suggestion stands for a name the service did not recognise.
 */
export function clarifiedRequest(answer: ClarifyAnswer, picks: ClarifyPicks): ClarifiedRequest | null {
  const named = answer.mentions
    .filter((mention) => mention.perfume !== null || mention.candidates.length > 0)
    .map((mention) => mention.perfume?.id ?? picks.mentions[answer.mentions.indexOf(mention)] ?? null);
  const ids = picks.suggestion === null ? named : [...named, picks.suggestion];
  if (ids.length === 0 || ids.some((id) => id === null)) return null;
  const [a = null, second = null] = ids;
  const b = answer.intent === 'partners' ? null : second;
  return { selection: { a, b }, mood: b === null ? answer.mood : null };
}
