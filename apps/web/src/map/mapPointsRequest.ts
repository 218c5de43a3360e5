import { type MapPoints, mapPointsSchema } from '@scentence/api/schemas';
import { SCENTMAP_REST_URL } from '../trpc/scentmapClient';

/** The points request failed with this HTTP status (503 while the map is being prepared). */
export class MapPointsError extends Error {
  constructor(readonly status: number) {
    super(`the map's points answered ${status}`);
  }
}

/** The map is still being prepared: not a failure to show, the status says when it is ready. */
export function isMapNotReady(error: unknown): boolean {
  return error instanceof MapPointsError && error.status === 503;
}

/**
 * Every point of the map, from the REST operation rather than tRPC: its answer carries an ETag,
 * so the browser keeps one copy per map and later visits only revalidate it.
 */
export async function fetchMapPoints(signal?: AbortSignal): Promise<MapPoints> {
  // `no-cache`: the kept copy is revalidated (a 304 while the map is unchanged), never used stale.
  const response = await fetch(`${SCENTMAP_REST_URL}/map/points`, {
    signal,
    cache: 'no-cache',
    headers: { accept: 'application/json' },
  });
  if (!response.ok) throw new MapPointsError(response.status);
  return mapPointsSchema.parse(await response.json());
}
