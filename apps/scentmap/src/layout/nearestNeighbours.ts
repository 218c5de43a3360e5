import { seededRandom } from '@scentence/domain/random';

/** Each row's `k` nearest other rows, closest first: row i's are at [i·k, i·k + k). */
export interface NeighbourTable {
  k: number;
  index: Int32Array;
  /** Euclidean distances, ascending within a row. */
  distance: Float64Array;
}

export interface NeighbourSearch {
  /** Random-projection trees whose leaves give every row its first candidates. */
  trees: number;
  /** Rows per leaf at most: each leaf compares all its pairs. */
  leafSize: number;
  /** Rounds of "neighbours of neighbours" after the trees (NN-descent's local join). */
  rounds: number;
  /** How many of each row's nearest (and of the rows that count it among theirs) a round joins. */
  joined: number;
  seed: number;
}

/** Tries to find two rows with different vectors before a node is split by position instead. */
const SPLIT_TRIES = 8;

function squaredDistance(vectors: Float64Array, dimensions: number, a: number, b: number): number {
  const baseA = a * dimensions;
  const baseB = b * dimensions;
  let sum = 0;
  for (let d = 0; d < dimensions; d++) {
    const difference = (vectors[baseA + d] as number) - (vectors[baseB + d] as number);
    sum += difference * difference;
  }
  return sum;
}

/**
 * The rows' non-zero entries (a perfume has about 10 of its 64 accords and notes) and squared
 * lengths: a distance to a row then costs its non-zeros, not the full width.
 */
function sparseRows(vectors: Float64Array, dimensions: number, count: number) {
  const start = new Int32Array(count + 1);
  const columns: number[] = [];
  const values: number[] = [];
  const squaredLength = new Float64Array(count);
  for (let row = 0; row < count; row++) {
    let length = 0;
    for (let d = 0; d < dimensions; d++) {
      const value = vectors[row * dimensions + d] as number;
      if (value === 0) continue;
      columns.push(d);
      values.push(value);
      length += value * value;
    }
    squaredLength[row] = length;
    start[row + 1] = columns.length;
  }
  const column = Int32Array.from(columns);
  const value = Float64Array.from(values);
  return {
    /** |a − b|² as |a|² + |b|² − 2 a·b, the product over b's non-zeros (rounding can leave a tiny positive for equal rows). */
    squaredDistance(a: number, b: number): number {
      const baseA = a * dimensions;
      let dot = 0;
      const end = start[b + 1] as number;
      for (let p = start[b] as number; p < end; p++)
        dot += (vectors[baseA + (column[p] as number)] as number) * (value[p] as number);
      return Math.max(0, (squaredLength[a] as number) + (squaredLength[b] as number) - 2 * dot);
    },
    /** `direction` · row, over the row's non-zeros. */
    project(direction: Float64Array, row: number): number {
      let sum = 0;
      const end = start[row + 1] as number;
      for (let p = start[row] as number; p < end; p++)
        sum += (direction[column[p] as number] as number) * (value[p] as number);
      return sum;
    },
  };
}

type SparseRows = ReturnType<typeof sparseRows>;

/**
 * Every row's candidates as a bounded max-heap of squared distances (flat arrays, one slot of
 * `k` per row): a candidate enters when it is closer than the farthest kept and not kept yet.
 */
function candidateHeaps(count: number, k: number) {
  const distance = new Float64Array(count * k);
  const index = new Int32Array(count * k);
  const size = new Int32Array(count);

  function siftDown(base: number, length: number, from: number): void {
    let parent = from;
    for (;;) {
      const left = 2 * parent + 1;
      const right = left + 1;
      let largest = parent;
      if (left < length && (distance[base + left] as number) > (distance[base + largest] as number)) largest = left;
      if (right < length && (distance[base + right] as number) > (distance[base + largest] as number)) largest = right;
      if (largest === parent) return;
      swap(base + parent, base + largest);
      parent = largest;
    }
  }

  function swap(a: number, b: number): void {
    const d = distance[a] as number;
    distance[a] = distance[b] as number;
    distance[b] = d;
    const i = index[a] as number;
    index[a] = index[b] as number;
    index[b] = i;
  }

  return {
    distance,
    index,
    size,
    /** Offers `candidate` to `row` at squared distance `d`; true when it was kept. */
    offer(row: number, candidate: number, d: number): boolean {
      const base = row * k;
      const length = size[row] as number;
      if (length === k && d >= (distance[base] as number)) return false;
      for (let c = 0; c < length; c++) if (index[base + c] === candidate) return false;
      if (length < k) {
        let child = length;
        distance[base + child] = d;
        index[base + child] = candidate;
        size[row] = length + 1;
        while (child > 0) {
          const parent = (child - 1) >> 1;
          if ((distance[base + parent] as number) >= (distance[base + child] as number)) break;
          swap(base + parent, base + child);
          child = parent;
        }
        return true;
      }
      distance[base] = d;
      index[base] = candidate;
      siftDown(base, k, 0);
      return true;
    },
    /** Row's kept candidates, closest first (ties: lower row first). */
    sorted(row: number): number[] {
      const base = row * k;
      const length = size[row] as number;
      const slots = Array.from({ length }, (_, c) => base + c);
      slots.sort(
        (a, b) => (distance[a] as number) - (distance[b] as number) || (index[a] as number) - (index[b] as number),
      );
      return slots;
    },
  };
}

/**
 * One random-projection tree: rows split by the hyperplane halfway between two random rows until
 * a node holds `leafSize` rows or fewer. Returns the leaves (row lists).
 */
function treeLeaves(
  vectors: Float64Array,
  dimensions: number,
  rows: SparseRows,
  count: number,
  leafSize: number,
  random: () => number,
): Int32Array[] {
  const order = Int32Array.from({ length: count }, (_, i) => i);
  const margin = new Float64Array(count);
  const leaves: Int32Array[] = [];
  const stack: [number, number][] = [[0, count]];
  const normal = new Float64Array(dimensions);
  while (stack.length > 0) {
    const [start, end] = stack.pop() as [number, number];
    const length = end - start;
    if (length <= leafSize) {
      leaves.push(order.slice(start, end));
      continue;
    }
    let a = -1;
    let b = -1;
    for (let attempt = 0; attempt < SPLIT_TRIES; attempt++) {
      const first = order[start + Math.floor(random() * length)] as number;
      const second = order[start + Math.floor(random() * length)] as number;
      if (squaredDistance(vectors, dimensions, first, second) > 0) {
        a = first;
        b = second;
        break;
      }
    }
    let middle = start + (length >> 1);
    if (a >= 0) {
      let offset = 0;
      for (let d = 0; d < dimensions; d++) {
        const va = vectors[a * dimensions + d] as number;
        const vb = vectors[b * dimensions + d] as number;
        normal[d] = va - vb;
        offset += (va - vb) * ((va + vb) / 2);
      }
      for (let p = start; p < end; p++) {
        const row = order[p] as number;
        const projection = rows.project(normal, row) - offset;
        // A row exactly on the plane goes to either side by chance.
        margin[row] = projection === 0 ? random() - 0.5 : projection;
      }
      // Partition in place: rows on the positive side first.
      let left = start;
      for (let p = start; p < end; p++) {
        const row = order[p] as number;
        if ((margin[row] as number) > 0) {
          order[p] = order[left] as number;
          order[left] = row;
          left++;
        }
      }
      if (left > start && left < end) middle = left;
    }
    stack.push([start, middle], [middle, end]);
  }
  return leaves;
}

/**
 * Approximate k nearest neighbours by NN-descent's recipe: random-projection trees give every row
 * candidates from its leaves (all pairs within a leaf compared once), then rounds of "a neighbour's
 * neighbour is likely a neighbour" refine them. Every distance is exact in the full space; only
 * which pairs are compared is chosen. Seeded: the same vectors and search give the same table.
 * Work grows with rows × (trees × leaf size + joined²), not with rows², so 38k rows take seconds
 * where the exact search takes most of a minute.
 */
export function nearestNeighbours(
  vectors: Float64Array,
  dimensions: number,
  k: number,
  search: NeighbourSearch,
): NeighbourTable {
  const count = vectors.length / dimensions;
  if (k >= count) throw new Error(`${k} neighbours asked of ${count} rows`);
  const random = seededRandom(search.seed);
  const heaps = candidateHeaps(count, k);
  const rows = sparseRows(vectors, dimensions, count);
  const compare = (a: number, b: number): void => {
    const d = rows.squaredDistance(a, b);
    heaps.offer(a, b, d);
    heaps.offer(b, a, d);
  };

  for (let tree = 0; tree < search.trees; tree++) {
    for (const leaf of treeLeaves(vectors, dimensions, rows, count, search.leafSize, random)) {
      for (let p = 0; p < leaf.length; p++)
        for (let q = p + 1; q < leaf.length; q++) compare(leaf[p] as number, leaf[q] as number);
    }
  }

  const joined = Math.min(search.joined, k);
  for (let round = 0; round < search.rounds; round++) {
    // Each row's nearest, and the rows that count it among their nearest (at most `joined` of those).
    const nearest = new Int32Array(count * joined).fill(-1);
    const reverse = new Int32Array(count * joined).fill(-1);
    const reverseCount = new Int32Array(count);
    for (let row = 0; row < count; row++) {
      const slots = heaps.sorted(row);
      for (let c = 0; c < joined && c < slots.length; c++) {
        const neighbour = heaps.index[slots[c] as number] as number;
        nearest[row * joined + c] = neighbour;
        const taken = reverseCount[neighbour] as number;
        if (taken < joined) {
          reverse[neighbour * joined + taken] = row;
          reverseCount[neighbour] = taken + 1;
        }
      }
    }
    const group: number[] = [];
    for (let row = 0; row < count; row++) {
      group.length = 0;
      for (let c = 0; c < joined; c++) {
        const forward = nearest[row * joined + c] as number;
        if (forward >= 0) group.push(forward);
        const backward = reverse[row * joined + c] as number;
        if (backward >= 0 && !group.includes(backward)) group.push(backward);
      }
      for (let p = 0; p < group.length; p++)
        for (let q = p + 1; q < group.length; q++) {
          const a = group[p] as number;
          const b = group[q] as number;
          if (a !== b) compare(a, b);
        }
    }
  }

  // A row the trees left short (a tiny leaf in every tree) is completed by a full scan.
  for (let row = 0; row < count; row++)
    if ((heaps.size[row] as number) < k)
      for (let other = 0; other < count; other++) if (other !== row) compare(row, other);
  return sortedTable(vectors, dimensions, heaps, k);
}

/** The kept candidates in order, their distances again over the full width (equal rows exactly 0 apart). */
function sortedTable(
  vectors: Float64Array,
  dimensions: number,
  heaps: ReturnType<typeof candidateHeaps>,
  k: number,
): NeighbourTable {
  const count = heaps.size.length;
  const table: NeighbourTable = { k, index: new Int32Array(count * k), distance: new Float64Array(count * k) };
  for (let row = 0; row < count; row++) {
    for (let slot = row * k; slot < row * k + k; slot++)
      heaps.distance[slot] = squaredDistance(vectors, dimensions, row, heaps.index[slot] as number);
    heaps.sorted(row).forEach((slot, c) => {
      table.index[row * k + c] = heaps.index[slot] as number;
      table.distance[row * k + c] = Math.sqrt(heaps.distance[slot] as number);
    });
  }
  return table;
}
