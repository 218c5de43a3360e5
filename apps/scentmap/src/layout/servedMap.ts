import type { MapLayoutKind, MapPosition } from '@scentence/api/schemas';
import type { MapData } from './mapData';

/** A stored map as the service holds it in memory, with the lookups its answers need. */
export interface ServedMap {
  /** The stored row's id: the map's cache version. */
  id: number;
  data: MapData;
  /** Where each perfume's column is, by id. */
  indexOf: ReadonlyMap<number, number>;
}

export function servedMap(id: number, data: MapData): ServedMap {
  return { id, data, indexOf: new Map(data.points.ids.map((perfumeId, index) => [perfumeId, index])) };
}

/** Where a perfume is on one layout, or null when it is not on the map. */
export function positionOf(map: ServedMap, perfumeId: number, layout: MapLayoutKind): MapPosition | null {
  const index = map.indexOf.get(perfumeId);
  if (index === undefined) return null;
  const columns = map.data.points.layouts[layout];
  return { x: columns.x[index] ?? 0, y: columns.y[index] ?? 0, cluster: columns.cluster[index] ?? 0 };
}
