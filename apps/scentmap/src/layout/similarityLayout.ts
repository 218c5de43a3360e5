import { Matrix, PaCMAP } from '@saehrimnir/druidjs';
import { hashUnit } from './seededRandom';

/** The projection and its settings: part of a stored map's `method`, so changing them recomputes. */
export const SIMILARITY_METHOD = 'pacmap(druidjs 0.9.0, n_neighbors 10, seed 20261207)';
const SEED = 20_261_207;
const NEIGHBOURS = 10;
/** Perfumes with identical profiles would sit on one pixel: each moves this far at most, by its id. */
const COINCIDENT_SPREAD = 0.004;

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

/**
 * "What smells alike sits together": a PaCMAP projection of the perfumes' vectors (row-major,
 * `dimensions` wide), seeded, so the same vectors in the same order give the same plane. The
 * plane is in PaCMAP's own units; the caller normalises it.
 */
export function projectBySimilarity(
  vectors: Float64Array,
  dimensions: number,
  ids: readonly number[],
): { x: Float64Array; y: Float64Array } {
  const count = ids.length;
  if (count <= NEIGHBOURS + 1) return ring(count);
  const matrix = new Matrix(count, dimensions, 0);
  matrix.values.set(vectors);
  const projection = new PaCMAP(matrix, { n_neighbors: NEIGHBOURS, seed: SEED }).transform() as Matrix;
  const plane = projection.values;
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
