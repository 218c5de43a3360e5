import type { MapCluster, MapLayoutKind, MapPoints } from '@scentence/api/schemas';
import { ACCORDS, type AccordKey } from '@scentence/api/vocabulary';

export const COLOUR_MODES = ['cluster', 'accord'] as const;
export type ColourMode = (typeof COLOUR_MODES)[number];

/** Points with no accord, or a cluster without a colour. */
export const UNKNOWN_COLOUR = '#b7aca2';
/** Point sizes in CSS pixels, the least popular first; popularity picks one. */
export const POINT_SIZES = [3, 3.5, 4, 5, 6, 7.5];

export function accordColour(key: AccordKey): string {
  return ACCORDS.find((accord) => accord.key === key)?.color ?? UNKNOWN_COLOUR;
}

/** What regl-scatterplot draws one layout with: positions, a colour per category and a size per point. */
export interface PointStyle {
  x: Float32Array;
  y: Float32Array;
  /** The colour category of each point: an index into `colours`. */
  category: Float32Array;
  colours: string[];
  /** Popularity 0..1: picks the point's size from `POINT_SIZES`. */
  weight: Float32Array;
}

/**
 * The points of one layout, coloured by their cluster (the cluster's colour) or their dominant
 * accord (the accord's colour; points with none in grey, the last colour).
 */
export function pointStyleOf(
  points: MapPoints,
  layout: MapLayoutKind,
  clusters: readonly Pick<MapCluster, 'index' | 'color'>[],
  mode: ColourMode,
): PointStyle {
  const columns = points.layouts[layout];
  const category = new Float32Array(points.count);
  let colours: string[];
  if (mode === 'cluster') {
    const byIndex = new Map(clusters.map((cluster) => [cluster.index, cluster.color]));
    let clusterCount = clusters.length;
    for (const cluster of columns.cluster) clusterCount = Math.max(clusterCount, cluster + 1);
    colours = Array.from({ length: clusterCount }, (_, index) => byIndex.get(index) ?? UNKNOWN_COLOUR);
    for (let i = 0; i < points.count; i++) category[i] = columns.cluster[i] ?? 0;
  } else {
    colours = [...points.dictionaries.accords.map(accordColour), UNKNOWN_COLOUR];
    const none = colours.length - 1;
    for (let i = 0; i < points.count; i++) {
      const accord = points.dominantAccord[i] ?? -1;
      category[i] = accord >= 0 ? accord : none;
    }
  }
  const weight = new Float32Array(points.count);
  for (let i = 0; i < points.count; i++) weight[i] = Math.min(1, Math.max(0, (points.popularity[i] ?? 0) / 100));
  return { x: Float32Array.from(columns.x), y: Float32Array.from(columns.y), category, colours, weight };
}

/** The accords that lead at least one point, in the vocabulary's order, for the legend. */
export function accordsOnMap(points: MapPoints): AccordKey[] {
  const present = new Set<number>();
  for (const accord of points.dominantAccord) if (accord >= 0) present.add(accord);
  return points.dictionaries.accords.filter((_, index) => present.has(index));
}
