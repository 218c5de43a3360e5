import type { MapClusters, MapLayoutKind, MapPoints } from '@scentence/api/schemas';
import { useMemo, useState } from 'react';
import { type ColourMode, type PointStyle, pointStyleOf } from './pointStyle';

/** The value, or while it is not ready (null) the last one that was. */
function useLastReady<T>(value: T | null): T | null {
  const [last, setLast] = useState(value);
  if (value !== null && value !== last) setLast(value);
  return value ?? last;
}

/**
 * How the points are drawn in a layout and colour mode. While the other layout's clusters load,
 * the map stays as it is, then moves to it in one transition.
 */
export function useMapStyle(
  points: MapPoints | null,
  layout: MapLayoutKind,
  clusters: MapClusters | null,
  colourMode: ColourMode,
): PointStyle | null {
  const nextStyle = useMemo(() => {
    if (!points) return null;
    if (colourMode === 'cluster' && !clusters) return null;
    return pointStyleOf(points, layout, clusters?.clusters ?? [], colourMode);
  }, [points, layout, clusters, colourMode]);
  return useLastReady(nextStyle);
}
