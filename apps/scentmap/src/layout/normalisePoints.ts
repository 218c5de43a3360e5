/** Decimals kept: 1/20,000 of the map's width, finer than a pixel at any useful zoom. */
const DECIMALS = 1e4;

const round = (value: number) => Math.round(value * DECIMALS) / DECIMALS;

export interface PlanePoints {
  x: number[];
  y: number[];
}

/**
 * Centres the points and scales them, keeping their proportions, so that they fill [-margin, margin]
 * along the wider axis (regl-scatterplot's normalised space is [-1, 1]).
 */
export function normalisePoints(x: ArrayLike<number>, y: ArrayLike<number>, margin = 0.95): PlanePoints {
  const count = x.length;
  if (count === 0) return { x: [], y: [] };
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < count; i++) {
    const px = x[i] ?? 0;
    const py = y[i] ?? 0;
    minX = Math.min(minX, px);
    maxX = Math.max(maxX, px);
    minY = Math.min(minY, py);
    maxY = Math.max(maxY, py);
  }
  const centreX = (minX + maxX) / 2;
  const centreY = (minY + maxY) / 2;
  const half = Math.max(maxX - minX, maxY - minY) / 2;
  const scale = half > 0 ? margin / half : 0;
  const out: PlanePoints = { x: new Array(count), y: new Array(count) };
  for (let i = 0; i < count; i++) {
    out.x[i] = round(((x[i] ?? 0) - centreX) * scale);
    out.y[i] = round(((y[i] ?? 0) - centreY) * scale);
  }
  return out;
}

/** Rounds points already in [-1, 1] the way the map sends them. */
export function roundPoints(x: ArrayLike<number>, y: ArrayLike<number>): PlanePoints {
  return { x: Array.from(x, round), y: Array.from(y, round) };
}
