import type { MapLayoutHeader, MapLayoutRepository } from '@scentence/db';
import { MAP_METHOD } from './computeMap';
import type { ComputedMap, MapComputer } from './computeMapOffThread';
import { MAP_NOTE_LIMIT } from './mapFacts';

export interface LayoutJobDependencies {
  maps: MapLayoutRepository;
  catalogVersion: () => Promise<number>;
  compute: MapComputer;
  clock?: () => Date;
}

export type LayoutJobOutcome =
  | { kind: 'current'; header: MapLayoutHeader }
  | { kind: 'computed'; header: MapLayoutHeader; map: ComputedMap }
  /** Another replica stored a map of this catalog version meanwhile. */
  | { kind: 'stored elsewhere' };

/** The stored map is of this catalog version (or newer) and was computed the current way. */
export function isCurrent(header: MapLayoutHeader | null, catalogVersion: number): header is MapLayoutHeader {
  return header !== null && header.catalogVersion >= catalogVersion && header.method === MAP_METHOD;
}

/**
 * The layout job: when the stored map is behind the catalog (or was computed another way), reads
 * the catalog, computes the map (the computer decides where: a worker thread in the service) and
 * stores it. One run at a time: a second call while one runs gets the same run. The stored map
 * keeps serving until the new one is stored.
 */
export function createLayoutJob(deps: LayoutJobDependencies) {
  const clock = deps.clock ?? (() => new Date());
  let running: Promise<LayoutJobOutcome> | null = null;

  async function runOnce(force: boolean): Promise<LayoutJobOutcome> {
    const catalogVersion = await deps.catalogVersion();
    const newest = await deps.maps.newestHeader();
    if (!force && isCurrent(newest, catalogVersion)) return { kind: 'current', header: newest };
    const facts = await deps.maps.catalogFacts(MAP_NOTE_LIMIT);
    const computedAt = clock();
    const map = await deps.compute({ catalogVersion, ...facts }, computedAt);
    const header = await deps.maps.save({
      catalogVersion,
      computedAt,
      points: map.data.points.count,
      method: MAP_METHOD,
      payload: map.payload,
    });
    return header ? { kind: 'computed', header, map } : { kind: 'stored elsewhere' };
  }

  return {
    /** Computes and stores a map when the stored one is behind; `force` computes one anyway. */
    run(options: { force?: boolean } = {}): Promise<LayoutJobOutcome> {
      running ??= runOnce(options.force ?? false).finally(() => {
        running = null;
      });
      return running;
    },
    get running(): boolean {
      return running !== null;
    },
  };
}

export type LayoutJob = ReturnType<typeof createLayoutJob>;
