import type { ChatCandidate } from '@scentence/db';

/** How much each part of a candidate counts toward its place. */
const WEIGHTS = { accordFit: 1, noteHit: 0.15, popularity: 0.35, similarity: 2, taste: 0.3 } as const;

export interface RankedCandidate extends ChatCandidate {
  score: number;
}

/**
 * Orders candidates by how well they fit: the asked accords they carry, the asked notes, how well
 * known they are, closeness to a reference perfume, and, when the member's taste is used, closeness
 * to it (scaled within the candidates, so it nudges the order rather than overturning the request).
 */
export function rankCandidates(
  candidates: readonly ChatCandidate[],
  tasteCloseness: ReadonlyMap<number, number> | null,
): RankedCandidate[] {
  const closeness = [...(tasteCloseness?.values() ?? [])];
  const low = Math.min(...closeness);
  const span = Math.max(...closeness) - low;
  return candidates
    .map((candidate) => {
      const taste = tasteCloseness?.get(candidate.id);
      const tasteShare = taste === undefined || !(span > 0) ? 0 : (taste - low) / span;
      const score =
        WEIGHTS.accordFit * candidate.accordFit +
        WEIGHTS.noteHit * candidate.noteHits +
        WEIGHTS.popularity * candidate.popularity +
        WEIGHTS.similarity * (candidate.similarity ?? 0) +
        WEIGHTS.taste * tasteShare;
      return { ...candidate, score };
    })
    .sort((a, b) => b.score - a.score || a.id - b.id);
}

/** Best first, at most `perHouse` from one house counting what `taken` already holds. */
export function capPerHouse<T extends { id: number }>(
  ranked: readonly T[],
  houseOf: (id: number) => string,
  limit: number,
  perHouse: number,
  taken: Map<string, number>,
): T[] {
  const kept: T[] = [];
  for (const candidate of ranked) {
    if (kept.length >= limit) break;
    const house = houseOf(candidate.id);
    const count = taken.get(house) ?? 0;
    if (count >= perHouse) continue;
    taken.set(house, count + 1);
    kept.push(candidate);
  }
  return kept;
}
