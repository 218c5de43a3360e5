import { gunzipSync } from 'node:zlib';
import type { MapLayoutRepository } from '@scentence/db';
import { isCurrent, type LayoutJob } from './layoutJob';
import type { MapData } from './mapData';
import { type ServedMap, servedMap } from './servedMap';

export interface MapKeeperDependencies {
  maps: MapLayoutRepository;
  catalogVersion: () => Promise<number>;
  job: LayoutJob;
  /** How often to look for a newer catalog or a map another replica stored; 0: never. */
  pollMs: number;
  log: (message: string, error?: unknown) => void;
}

/**
 * Holds the map the service serves, in memory: loaded from storage at start, replaced when the
 * layout job stores a new one (or another replica did), never emptied while a new one computes.
 * Every answer about the map reads it from here; only the checks for a newer one query.
 */
export function createMapKeeper(deps: MapKeeperDependencies) {
  let current: ServedMap | null = null;
  let timer: NodeJS.Timeout | undefined;
  let checking: Promise<void> | null = null;
  let stopped = false;
  // A job that outlives the service (its databases closing under it) has nobody to tell.
  const log = (message: string, error: unknown) => {
    if (!stopped) deps.log(message, error);
  };

  async function loadNewest(): Promise<void> {
    const header = await deps.maps.newestHeader();
    if (!header || header.id === current?.id) return;
    const stored = await deps.maps.newest();
    if (!stored) return;
    const data = JSON.parse(gunzipSync(stored.payload).toString('utf8')) as MapData;
    current = servedMap(stored.id, data);
  }

  async function computeIfBehind(): Promise<void> {
    const [catalogVersion, header] = await Promise.all([deps.catalogVersion(), deps.maps.newestHeader()]);
    if (isCurrent(header, catalogVersion)) return;
    const outcome = await deps.job.run();
    if (outcome.kind === 'computed') current = servedMap(outcome.header.id, outcome.map.data);
    else await loadNewest();
  }

  /** Loads what is stored, then computes in the background when it is behind; failures are logged and retried. */
  function check(): Promise<void> {
    checking ??= (async () => {
      try {
        await loadNewest();
        // The job runs on; this check is over once it is started, so the service answers meanwhile.
        void computeIfBehind().catch((error: unknown) => log('the map layout job failed', error));
      } catch (error) {
        log('could not read the stored map', error);
      } finally {
        checking = null;
      }
    })();
    return checking;
  }

  return {
    current: (): ServedMap | null => current,
    /** The cache version of every answer about the map: the stored map's id. */
    version: (): string | null => (current ? `map${current.id}` : null),
    computing: (): boolean => deps.job.running,
    /** Loads the stored map and starts the checks; resolves once the stored map (if any) is in memory. */
    async start(): Promise<void> {
      stopped = false;
      await check();
      if (deps.pollMs > 0 && !timer) {
        timer = setInterval(() => void check(), deps.pollMs);
        timer.unref();
      }
    },
    /** Computes now when the stored map is behind, and resolves when the new map serves (tests, the CLI). */
    async refresh(): Promise<void> {
      await loadNewest();
      await computeIfBehind();
    },
    stop(): void {
      stopped = true;
      clearInterval(timer);
      timer = undefined;
    },
  };
}

export type MapKeeper = ReturnType<typeof createMapKeeper>;
