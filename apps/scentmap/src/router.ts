import { router } from '@scentence/api';
import { perfumeLookupProcedure, vocabularyProcedure } from '@scentence/api/routers';
import type { PerfumeRepository, WardrobeTaste } from '@scentence/db';
import type { TRPCRouterRecord } from '@trpc/server';
import { filterProcedures } from './filters/filterProcedures';
import { layoutProcedures } from './layout/layoutProcedures';
import type { MapKeeper } from './layout/mapKeeper';
import { pointProcedures } from './points/pointProcedures';
import type { CardTokens } from './scentType/cardToken';
import { scentTypeProcedures } from './scentType/scentTypeProcedures';
import { wardrobeProcedures } from './wardrobe/wardrobeProcedures';

export interface ScentmapDependencies {
  perfumes: PerfumeRepository;
  /** The map being served, in memory. */
  map: MapKeeper;
  /** Absent when this process has no recom_db open: "my wardrobe on the map" answers 503. */
  taste: WardrobeTaste | undefined;
  cardTokens: CardTokens;
  clock?: () => Date;
}

export function createScentmapRouter(deps: ScentmapDependencies) {
  const layout = layoutProcedures(deps.map, deps.perfumes.catalogVersion);
  const points = pointProcedures(deps.map, deps.perfumes);
  const filters = filterProcedures(deps.map);
  const wardrobe = wardrobeProcedures(deps.map, deps.taste);
  const scentType = scentTypeProcedures({
    perfumes: deps.perfumes,
    taste: deps.taste,
    tokens: deps.cardTokens,
    clock: deps.clock ?? (() => new Date()),
  });
  return router({
    vocabulary: { get: vocabularyProcedure('vocabulary') },
    perfume: { lookup: perfumeLookupProcedure('perfumes', deps.perfumes.findSummaries) },
    map: {
      status: layout.status,
      points: layout.points,
      clusters: layout.clusters,
      point: points.point,
      neighbours: points.neighbours,
      search: points.search,
      filters: filters.filters,
      wardrobe: wardrobe.wardrobe,
    },
    scentType: {
      create: scentType.create,
      get: scentType.get,
    },
  } satisfies TRPCRouterRecord);
}

export type ScentmapRouter = ReturnType<typeof createScentmapRouter>;
