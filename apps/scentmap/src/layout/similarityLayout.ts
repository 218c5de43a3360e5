import { Matrix, PaCMAP } from '@saehrimnir/druidjs';
import { hashUnit } from './hashUnit';
import { type NeighbourSearch, type NeighbourTable, nearestNeighbours } from './nearestNeighbours';

const SEED = 20_261_207;
const NEIGHBOURS = 10;
/** PaCMAP ranks this many candidates by local density before it keeps its neighbours (its reference's 10 + 50). */
const CANDIDATES = NEIGHBOURS + 50;
/** Perfumes with identical profiles would sit on one pixel: each moves this far at most, by its id. */
const COINCIDENT_SPREAD = 0.004;

export interface SimilaritySettings {
  /** How PaCMAP's candidate neighbours are found: its own exact search (every pair) or ours. */
  neighbours: 'exact' | NeighbourSearch;
  /** PaCMAP's three phases (global structure, balance, local refinement). */
  iterations: readonly [number, number, number];
}

/** The way the map was projected until 2026-12: exact neighbours, PaCMAP's default 450 iterations. */
export const EXACT_SIMILARITY: SimilaritySettings = { neighbours: 'exact', iterations: [100, 100, 250] };

/**
 * Candidates as good as the exact search's for the map (it keeps neighbourhoods as well: bench
 * README, "map") at a tenth of its time for 38k perfumes: 95% of the exact ten nearest found.
 */
export const NEIGHBOUR_SEARCH: NeighbourSearch = { trees: 8, leafSize: 100, rounds: 2, joined: 12, seed: SEED };

/** The way it is projected now: neighbours from random-projection trees refined by NN-descent. */
export const SIMILARITY_SETTINGS: SimilaritySettings = { neighbours: NEIGHBOUR_SEARCH, iterations: [100, 100, 250] };

/** The projection and its settings: part of a stored map's `method`, so changing them recomputes. */
export const SIMILARITY_METHOD = `pacmap(druidjs 0.9.0, n_neighbors ${NEIGHBOURS}, seed ${SEED}, iterations ${SIMILARITY_SETTINGS.iterations.join('+')}, neighbours ${describeSearch(SIMILARITY_SETTINGS.neighbours)})`;

function describeSearch(search: SimilaritySettings['neighbours']): string {
  return search === 'exact'
    ? 'exact'
    : `rp-trees ${search.trees}×${search.leafSize} + nn-descent ${search.rounds}×${search.joined} (every pair to ${search.trees * search.leafSize} rows) seed ${search.seed}`;
}

/** PaCMAP handed its candidate neighbours instead of searching every pair itself. */
class PaCMAPWithNeighbours extends PaCMAP<Matrix> {
  constructor(
    matrix: Matrix,
    parameters: ConstructorParameters<typeof PaCMAP<Matrix>>[1],
    private readonly table: NeighbourTable,
  ) {
    super(matrix, parameters);
  }

  protected override _find_candidates(_matrix: Matrix, candidates: number): { dist: Float64Array; idx: Int32Array } {
    if (candidates !== this.table.k)
      throw new Error(`PaCMAP asked for ${candidates} candidates, ${this.table.k} found`);
    return { dist: this.table.distance, idx: this.table.index };
  }
}

/** Fewer perfumes than PaCMAP needs neighbours: a ring in the given order (a catalog of a handful). */
function ring(count: number): { x: Float64Array; y: Float64Array } {
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    x[i] = Math.cos((2 * Math.PI * i) / Math.max(count, 1));
    y[i] = Math.sin((2 * Math.PI * i) / Math.max(count, 1));
  }
  return { x, y };
}

function project(vectors: Float64Array, dimensions: number, count: number, settings: SimilaritySettings): Float64Array {
  const matrix = new Matrix(count, dimensions, 0);
  matrix.values.set(vectors);
  const parameters = { n_neighbors: NEIGHBOURS, seed: SEED, num_iters: [...settings.iterations] };
  const candidates = Math.min(CANDIDATES, count - 1);
  const pacmap =
    settings.neighbours === 'exact'
      ? new PaCMAP(matrix, parameters)
      : new PaCMAPWithNeighbours(
          matrix,
          parameters,
          nearestNeighbours(vectors, dimensions, candidates, settings.neighbours),
        );
  return (pacmap.transform() as Matrix).values;
}

/**
 * "What smells alike sits together": a PaCMAP projection of the perfumes' vectors (row-major,
 * `dimensions` wide), seeded, so the same vectors in the same order give the same plane. The
 * plane is in PaCMAP's own units; the caller normalises it.
 */
export function projectBySimilarity(
  vectors: Float64Array,
  dimensions: number,
  ids: readonly number[],
  settings: SimilaritySettings = SIMILARITY_SETTINGS,
): { x: Float64Array; y: Float64Array } {
  const count = ids.length;
  if (count <= NEIGHBOURS + 1) return ring(count);
  const plane = project(vectors, dimensions, count, settings);
  let spanX = 0;
  let spanY = 0;
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    x[i] = plane[i * 2] ?? 0;
    y[i] = plane[i * 2 + 1] ?? 0;
  }
  for (let i = 0; i < count; i++) {
    spanX = Math.max(spanX, Math.abs(x[i] ?? 0));
    spanY = Math.max(spanY, Math.abs(y[i] ?? 0));
  }
  const spread = Math.max(spanX, spanY) * COINCIDENT_SPREAD;
  ids.forEach((id, i) => {
    const angle = 2 * Math.PI * hashUnit(id, 1);
    const distance = spread * Math.sqrt(hashUnit(id, 2));
    x[i] = (x[i] ?? 0) + Math.cos(angle) * distance;
    y[i] = (y[i] ?? 0) + Math.sin(angle) * distance;
  });
  return { x, y };
}
