import { seededRandom } from '@scentence/domain/random';

export interface KMeansResult {
  /** The cluster of each point, numbered largest cluster first. */
  assignment: Int32Array;
  centres: { x: number; y: number }[];
}

const MAX_ROUNDS = 60;

function nearest(px: number, py: number, centres: { x: number; y: number }[]): [index: number, distance: number] {
  let best = 0;
  let bestDistance = Infinity;
  centres.forEach((centre, index) => {
    const distance = (px - centre.x) ** 2 + (py - centre.y) ** 2;
    if (distance < bestDistance) {
      best = index;
      bestDistance = distance;
    }
  });
  return [best, bestDistance];
}

/** k-means++ seeding with a seeded generator: far-apart first centres, the same for the same seed. */
function seedCentres(x: ArrayLike<number>, y: ArrayLike<number>, weight: ArrayLike<number>, k: number, seed: number) {
  const random = seededRandom(seed);
  const count = x.length;
  const first = Math.floor(random() * count);
  const centres = [{ x: x[first] ?? 0, y: y[first] ?? 0 }];
  const distances = new Float64Array(count).fill(Infinity);
  while (centres.length < k) {
    const last = centres[centres.length - 1] as { x: number; y: number };
    let total = 0;
    for (let i = 0; i < count; i++) {
      distances[i] = Math.min(distances[i] ?? Infinity, ((x[i] ?? 0) - last.x) ** 2 + ((y[i] ?? 0) - last.y) ** 2);
      total += (distances[i] ?? 0) * (weight[i] ?? 1);
    }
    if (total === 0) break;
    let target = random() * total;
    let chosen = count - 1;
    for (let i = 0; i < count; i++) {
      target -= (distances[i] ?? 0) * (weight[i] ?? 1);
      if (target <= 0) {
        chosen = i;
        break;
      }
    }
    centres.push({ x: x[chosen] ?? 0, y: y[chosen] ?? 0 });
  }
  return centres;
}

/**
 * Seeded k-means on a plane (weights optional): the same points, k and seed give the same clusters.
 * Fewer distinct points than k give fewer clusters.
 */
export function kMeans(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  k: number,
  seed: number,
  weight: ArrayLike<number> = new Float64Array(x.length).fill(1),
): KMeansResult {
  const count = x.length;
  if (count === 0) return { assignment: new Int32Array(0), centres: [] };
  let centres = seedCentres(x, y, weight, Math.max(1, Math.min(k, count)), seed);
  const assignment = new Int32Array(count);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let moved = 0;
    for (let i = 0; i < count; i++) {
      const [index] = nearest(x[i] ?? 0, y[i] ?? 0, centres);
      if (index !== assignment[i] || round === 0) moved++;
      assignment[i] = index;
    }
    const sums = centres.map(() => ({ x: 0, y: 0, weight: 0 }));
    for (let i = 0; i < count; i++) {
      const sum = sums[assignment[i] ?? 0] as { x: number; y: number; weight: number };
      const w = weight[i] ?? 1;
      sum.x += (x[i] ?? 0) * w;
      sum.y += (y[i] ?? 0) * w;
      sum.weight += w;
    }
    centres = sums.map((sum, index) =>
      sum.weight > 0 ? { x: sum.x / sum.weight, y: sum.y / sum.weight } : (centres[index] as { x: number; y: number }),
    );
    if (moved === 0) break;
  }
  return renumberBySize(assignment, centres);
}

/** Empty clusters dropped; the largest is 0 (ties: the leftmost centre, then the lowest). */
function renumberBySize(assignment: Int32Array, centres: { x: number; y: number }[]): KMeansResult {
  const sizes = new Array<number>(centres.length).fill(0);
  for (const index of assignment) sizes[index] = (sizes[index] ?? 0) + 1;
  const order = centres
    .map((centre, index) => ({ centre, index, size: sizes[index] ?? 0 }))
    .filter((entry) => entry.size > 0)
    .sort((a, b) => b.size - a.size || a.centre.x - b.centre.x || a.centre.y - b.centre.y);
  const renumbered = new Map(order.map((entry, rank) => [entry.index, rank]));
  return {
    assignment: assignment.map((index) => renumbered.get(index) ?? 0),
    centres: order.map((entry) => entry.centre),
  };
}
