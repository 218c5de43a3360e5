import type { MapLayoutKind, MapPoints } from '@scentence/api/schemas';
import type { LayoutClusters } from '../clusters/layoutClusters';

/** A whole computed map: what is stored in perfume_db and served from memory. */
export interface MapData {
  points: MapPoints;
  clusters: Record<MapLayoutKind, LayoutClusters>;
}
