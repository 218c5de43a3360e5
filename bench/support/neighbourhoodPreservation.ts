import { seededRandom } from '@scentence/domain/random';

/** The `k` smallest of `values` (skipping `self`): their positions, closest first (ties: lower position). */
function smallest(values: Float64Array, self: number, k: number): number[] {
  const kept: number[] = [];
  for (let j = 0; j < values.length; j++) {
    if (j === self) continue;
    const value = values[j] as number;
    if (kept.length === k && value >= (values[kept[k - 1] as number] as number)) continue;
    let at = kept.length === k ? k - 1 : kept.length;
    while (at > 0 && (values[kept[at - 1] as number] as number) > value) {
      if (at < k) kept[at] = kept[at - 1] as number;
      at--;
    }
    kept[at] = j;
  }
  return kept;
}

/**
 * How well a 2-D map keeps neighbourhoods: for each sampled row, the share of its `k` nearest rows
 * on the map that are among its `k` nearest in the full space, averaged. Many perfumes share a
 * profile exactly, so "among its k nearest" counts every row as close as the k-th (ties are all
 * right answers). 1 is perfect; a random map scores about k / rows.
 */
export function neighbourhoodPreservation(
  vectors: Float64Array,
  dimensions: number,
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  options: { k?: number; sample?: number; seed?: number } = {},
): number {
  const k = options.k ?? 10;
  const count = x.length;
  const rows = sampleRows(count, options.sample ?? count, options.seed ?? 1);
  const full = new Float64Array(count);
  const plane = new Float64Array(count);
  let total = 0;
  for (const row of rows) {
    for (let j = 0; j < count; j++) {
      let sum = 0;
      for (let d = 0; d < dimensions; d++) {
        const difference = (vectors[row * dimensions + d] as number) - (vectors[j * dimensions + d] as number);
        sum += difference * difference;
      }
      full[j] = sum;
      plane[j] = ((x[row] as number) - (x[j] as number)) ** 2 + ((y[row] as number) - (y[j] as number)) ** 2;
    }
    const kth = full[smallest(full, row, k)[k - 1] as number] as number;
    // A relative margin: the same distance summed in another order may differ in the last bit.
    const within = kth * (1 + 1e-9) + 1e-12;
    total += smallest(plane, row, k).filter((j) => (full[j] as number) <= within).length / k;
  }
  return total / rows.length;
}

/** `size` distinct rows of `count`, chosen by a seeded shuffle (all rows when size ≥ count). */
function sampleRows(count: number, size: number, seed: number): number[] {
  const rows = Array.from({ length: count }, (_, i) => i);
  if (size >= count) return rows;
  const random = seededRandom(seed);
  for (let i = 0; i < size; i++) {
    const j = i + Math.floor(random() * (count - i));
    [rows[i], rows[j]] = [rows[j] as number, rows[i] as number];
  }
  return rows.slice(0, size);
}
