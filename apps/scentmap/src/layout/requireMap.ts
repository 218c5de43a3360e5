import { type CachePolicy, MessageError, type OperationDetails } from '@scentence/api';
import type { MapKeeper } from './mapKeeper';
import type { ServedMap } from './servedMap';

/** The map's answers change only with a new map: fresh for a minute, then shown while revalidated. */
export const MAP_CACHE: CachePolicy = { maxAgeSeconds: 60, staleWhileRevalidateSeconds: 3_600 };

export const MAP_NOT_READY_DOC =
  'No map is computed yet (`mapNotReady`): a fresh install computes its first one within a minute of starting.';

/** What every cached read of the whole map documents: the 503 before the first map, and the cache policy. */
export const CACHED_MAP_READ = {
  errors: { 503: MAP_NOT_READY_DOC },
  cache: MAP_CACHE,
} as const satisfies OperationDetails;

/** The map being served, or a 503 that says it is being prepared. */
export function requireMap(keeper: MapKeeper): ServedMap {
  const map = keeper.current();
  if (!map) throw new MessageError({ code: 'SERVICE_UNAVAILABLE', key: 'mapNotReady' });
  return map;
}
