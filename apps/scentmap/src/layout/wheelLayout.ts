import type { AccordKey } from '@scentence/api/vocabulary';
import { sectorAngle, WHEEL_SECTORS } from './fragranceWheel';
import { hashUnit } from './hashUnit';

export const WHEEL_METHOD = 'wheel-v2';

const SECTOR_OF = new Map(WHEEL_SECTORS.map((sector, index) => [sector.accord, index]));
/** The rim's inner and outer radius: the centre stays clear for the labels of the families. */
const INNER = 0.12;
const OUTER = 0.98;
/** How far a perfume may move around the wheel by its id, so identical profiles do not stack. */
const ANGLE_SPREAD = ((2 * Math.PI) / WHEEL_SECTORS.length) * 0.3;
const RADIUS_SPREAD = 0.02;

export interface WheelPlacement {
  x: number[];
  y: number[];
  /** The sector each perfume sits in (index into WHEEL_SECTORS), its cluster on the wheel. */
  sector: number[];
}

interface WheelPerfume {
  id: number;
  accords: readonly { key: AccordKey; strength: number }[];
}

const SECTOR_WIDTH = (2 * Math.PI) / WHEEL_SECTORS.length;
/** How far the other accords may turn a perfume within its slice: less than half a slice. */
const LEAN_LIMIT = SECTOR_WIDTH * 0.4;

/** The difference of two angles, in (−π, π]. */
function angleBetween(from: number, to: number): number {
  const turn = (to - from) % (2 * Math.PI);
  return turn > Math.PI ? turn - 2 * Math.PI : turn <= -Math.PI ? turn + 2 * Math.PI : turn;
}

const withinSlice = (turn: number) => Math.max(-LEAN_LIMIT, Math.min(LEAN_LIMIT, turn));

/**
 * The slice of the strongest accord, and how far within it the perfume turns toward where all
 * its accords point (their directions weighted by strength squared); the richness of the mix
 * (the same weights).
 */
function direction(accords: WheelPerfume['accords']): { sector: number; lean: number; richness: number } | null {
  let sumX = 0;
  let sumY = 0;
  let richness = 0;
  let weights = 0;
  let dominant: { sector: number; strength: number } | null = null;
  for (const accord of accords) {
    const sector = SECTOR_OF.get(accord.key);
    if (sector === undefined || accord.strength <= 0) continue;
    if (!dominant || accord.strength > dominant.strength) dominant = { sector, strength: accord.strength };
    const weight = (accord.strength / 100) ** 2;
    sumX += Math.cos(sectorAngle(sector)) * weight;
    sumY += Math.sin(sectorAngle(sector)) * weight;
    richness += (WHEEL_SECTORS[sector]?.richness ?? 0) * weight;
    weights += weight;
  }
  if (!dominant || weights === 0) return null;
  const home = sectorAngle(dominant.sector);
  const lean = Math.hypot(sumX, sumY) < 1e-9 ? 0 : angleBetween(home, Math.atan2(sumY, sumX)) / 2;
  return { sector: dominant.sector, lean: withinSlice(lean), richness: richness / weights };
}

/**
 * The fragrance wheel: the angle is the slice of the perfume's strongest accord around the wheel
 * (fresh → floral → amber → woody), turned a little toward its other accords; the radius how rich it is, by rank within the catalog so the disc is
 * evenly filled (the order fresh → rich is kept exactly). Perfumes without accords sit at the centre.
 */
export function placeOnWheel(perfumes: readonly WheelPerfume[]): WheelPlacement {
  const directions = perfumes.map((perfume) => direction(perfume.accords));
  const placed = directions.flatMap((found, index) => (found ? [{ index, richness: found.richness }] : []));
  placed.sort((a, b) => a.richness - b.richness || (perfumes[a.index]?.id ?? 0) - (perfumes[b.index]?.id ?? 0));
  const rank = new Float64Array(perfumes.length);
  // Equal richness shares one rank (the mean of its places), so the radius depends on richness alone.
  for (let start = 0; start < placed.length; ) {
    let end = start;
    while (end + 1 < placed.length && placed[end + 1]?.richness === placed[start]?.richness) end++;
    const share = placed.length > 1 ? (start + end) / 2 / (placed.length - 1) : 0.5;
    for (let k = start; k <= end; k++) rank[placed[k]?.index ?? 0] = share;
    start = end + 1;
  }
  const placement: WheelPlacement = { x: [], y: [], sector: [] };
  perfumes.forEach((perfume, index) => {
    const found = directions[index];
    if (!found) {
      placement.x.push(0);
      placement.y.push(0);
      placement.sector.push(0);
      return;
    }
    const angle = sectorAngle(found.sector) + withinSlice(found.lean + (hashUnit(perfume.id, 3) - 0.5) * ANGLE_SPREAD);
    const radius = INNER + (OUTER - INNER) * (rank[index] ?? 0) + (hashUnit(perfume.id, 4) - 0.5) * RADIUS_SPREAD;
    placement.x.push(Math.cos(angle) * radius);
    placement.y.push(Math.sin(angle) * radius);
    placement.sector.push(found.sector);
  });
  return placement;
}
