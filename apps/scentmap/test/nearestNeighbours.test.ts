import { seededRandom } from '@scentence/domain/random';
import { describe, expect, it } from 'vitest';
import { nearestNeighbours } from '../src/layout/nearestNeighbours';
import { NEIGHBOUR_SEARCH } from '../src/layout/similarityLayout';

const DIMENSIONS = 16;
const search = { trees: 8, leafSize: 40, rounds: 2, joined: 12, seed: 5 };

/** Sparse rows of unit length around a few themes, some repeated exactly (as perfumes' profiles are). */
function rows(count: number, seed: number): Float64Array {
  const random = seededRandom(seed);
  const vectors = new Float64Array(count * DIMENSIONS);
  for (let row = 0; row < count; row++) {
    if (row % 10 === 9) {
      vectors.copyWithin(row * DIMENSIONS, (row - 1) * DIMENSIONS, row * DIMENSIONS);
      continue;
    }
    const theme = Math.floor(random() * 4) * 4;
    for (let d = 0; d < DIMENSIONS; d++) {
      const near = d >= theme && d < theme + 4;
      if (near || random() < 0.15) vectors[row * DIMENSIONS + d] = random() * (near ? 1 : 0.4);
    }
    let length = 0;
    for (let d = 0; d < DIMENSIONS; d++) length += (vectors[row * DIMENSIONS + d] ?? 0) ** 2;
    for (let d = 0; d < DIMENSIONS; d++)
      vectors[row * DIMENSIONS + d] = (vectors[row * DIMENSIONS + d] ?? 0) / Math.sqrt(length);
  }
  return vectors;
}

function distance(vectors: Float64Array, a: number, b: number): number {
  let sum = 0;
  for (let d = 0; d < DIMENSIONS; d++)
    sum += ((vectors[a * DIMENSIONS + d] ?? 0) - (vectors[b * DIMENSIONS + d] ?? 0)) ** 2;
  return Math.sqrt(sum);
}

/** Every row's exact k-th smallest distance to another row. */
function exactKth(vectors: Float64Array, count: number, k: number): number[] {
  return Array.from({ length: count }, (_, row) => {
    const distances = Array.from({ length: count }, (_, other) => distance(vectors, row, other));
    distances.splice(row, 1);
    return distances.sort((a, b) => a - b)[k - 1] ?? 0;
  });
}

describe('the approximate nearest neighbours the map is projected from', () => {
  it('lists other rows only, each once, closest first, at their true distances', () => {
    const count = 600;
    const vectors = rows(count, 1);
    const table = nearestNeighbours(vectors, DIMENSIONS, 30, search);
    for (let row = 0; row < count; row++) {
      const found = Array.from(table.index.subarray(row * 30, row * 30 + 30));
      expect(found).not.toContain(row);
      expect(new Set(found).size).toBe(30);
      found.forEach((other, c) => {
        expect(table.distance[row * 30 + c]).toBeCloseTo(distance(vectors, row, other), 12);
        if (c > 0) expect(table.distance[row * 30 + c]).toBeGreaterThanOrEqual(table.distance[row * 30 + c - 1] ?? 0);
      });
    }
    // Rows repeated exactly are 0 apart, not a rounding error apart.
    expect(Array.from(table.index.subarray(9 * 30, 9 * 30 + 30))).toContain(8);
    expect(table.distance[9 * 30]).toBe(0);
  });

  it('finds nearly all of the exact ten nearest', () => {
    const count = 1_500;
    const vectors = rows(count, 2);
    const table = nearestNeighbours(vectors, DIMENSIONS, 60, search);
    const kth = exactKth(vectors, count, 10);
    let right = 0;
    for (let row = 0; row < count; row++)
      for (let c = 0; c < 10; c++) if ((table.distance[row * 60 + c] ?? Infinity) <= (kth[row] ?? 0) + 1e-12) right++;
    expect(right / (count * 10)).toBeGreaterThan(0.9);
  });

  it('compares every pair of a catalog no larger than the trees would compare', () => {
    const count = search.trees * search.leafSize;
    const vectors = rows(count, 3);
    const table = nearestNeighbours(vectors, DIMENSIONS, 10, search);
    const kth = exactKth(vectors, count, 10);
    for (let row = 0; row < count; row++) expect(table.distance[row * 10 + 9]).toBeCloseTo(kth[row] ?? 0, 12);
  });

  it('gives the same table for the same rows and seed', () => {
    const vectors = rows(NEIGHBOUR_SEARCH.trees * NEIGHBOUR_SEARCH.leafSize + 400, 4);
    const first = nearestNeighbours(vectors, DIMENSIONS, 20, NEIGHBOUR_SEARCH);
    const again = nearestNeighbours(vectors, DIMENSIONS, 20, NEIGHBOUR_SEARCH);
    expect(again.index).toEqual(first.index);
    expect(again.distance).toEqual(first.distance);
  });
});
