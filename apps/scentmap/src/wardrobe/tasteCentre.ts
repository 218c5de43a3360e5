import type { WeightedPerfume } from '@scentence/domain/taste';

const round = (value: number) => Math.round(value * 1e4) / 1e4;

/**
 * The centre of a taste on a layout: the liked perfumes' positions averaged with the taste
 * profile's weights (disliked ones, weighing below zero, do not pull it). Null with nothing liked
 * on the map.
 */
export function tasteCentre(
  weights: readonly WeightedPerfume[],
  positionOf: (perfumeId: number) => { x: number; y: number } | null,
): { x: number; y: number } | null {
  let sumX = 0;
  let sumY = 0;
  let total = 0;
  for (const { perfumeId, weight } of weights) {
    const position = weight > 0 ? positionOf(perfumeId) : null;
    if (!position) continue;
    sumX += position.x * weight;
    sumY += position.y * weight;
    total += weight;
  }
  return total > 0 ? { x: round(sumX / total), y: round(sumY / total) } : null;
}
