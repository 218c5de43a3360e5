import { createService, type ServiceSettings as SharedServiceSettings } from '@scentence/api/service';
import {
  createMapLayoutRepository,
  createPerfumeRepository,
  createWardrobeRepository,
  createWardrobeTaste,
  type Databases,
} from '@scentence/db';
import { computeMapInWorker, type MapComputer } from './layout/computeMapOffThread';
import { createLayoutJob } from './layout/layoutJob';
import { createMapKeeper } from './layout/mapKeeper';
import { createScentmapRouter } from './router';
import { createCardTokens } from './scentType/cardToken';

export interface ServiceSettings extends SharedServiceSettings {
  /** Where maps are computed: a worker thread by default (tests may compute on their own terms). */
  computeMap?: MapComputer;
  /** How often to look for a newer catalog or a map another replica stored (ms); 0: never. */
  mapPollMs?: number;
}

const DEFAULT_MAP_POLL_MS = 30_000;

const log = (message: string, error?: unknown) => console.error(`[scentmap] ${message}`, error ?? '');

export function createScentmapService(databases: Databases, settings: ServiceSettings) {
  const perfumes = createPerfumeRepository(databases.get('perfume'));
  const maps = createMapLayoutRepository(databases.get('perfume'));
  const recom = databases.sql.recom;
  const taste = recom ? createWardrobeTaste(createWardrobeRepository(recom), perfumes) : undefined;
  const job = createLayoutJob({
    maps,
    catalogVersion: perfumes.catalogVersion,
    compute: settings.computeMap ?? computeMapInWorker,
  });
  const map = createMapKeeper({
    maps,
    catalogVersion: perfumes.catalogVersion,
    job,
    pollMs: settings.mapPollMs ?? DEFAULT_MAP_POLL_MS,
    log,
  });
  const service = createService(
    {
      service: 'scentmap',
      title: 'Scentence scent map',
      description:
        'The 2-D map of the catalog (what smells alike, and the fragrance wheel), clusters, filters, neighbours, "my wardrobe on the map" and the scent type card.',
      router: createScentmapRouter({ perfumes, map, taste, cardTokens: createCardTokens(settings.authSecret) }),
      checkDatabase: perfumes.ping,
      cacheVersion: map.version,
      // Serves the stored map at once; a map behind the catalog is computed in the background.
      beforeListen: () => map.start(),
      beforeClose: () => map.stop(),
    },
    settings,
  );
  return { ...service, map };
}
