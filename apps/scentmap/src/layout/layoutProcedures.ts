import { operationDocs, publicProcedure } from '@scentence/api';
import {
  type MapStatus,
  mapClustersSchema,
  mapLayoutInputSchema,
  mapPointsSchema,
  mapStatusSchema,
} from '@scentence/api/schemas';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import type { MapKeeper } from './mapKeeper';
import { CACHED_MAP_READ, requireMap } from './requireMap';

const docs = operationDocs('map');

/** The map's state, its points in columns and its labelled clusters. */
export function layoutProcedures(keeper: MapKeeper, catalogVersion: () => Promise<number>) {
  return {
    status: publicProcedure
      .meta(
        docs.get(
          '/map/status',
          'Whether the map is ready, when it was computed and whether a new one is being computed',
        ),
      )
      .input(z.object({}))
      .output(mapStatusSchema)
      .query(async (): Promise<MapStatus> => {
        const map = keeper.current();
        const points = map?.data.points;
        return {
          ready: map !== null,
          catalogVersion: await catalogVersion(),
          layout: points
            ? { catalogVersion: points.catalogVersion, computedAt: points.computedAt, points: points.count }
            : null,
          computing: keeper.computing(),
        };
      }),

    points: publicProcedure
      .meta(
        docs.get('/map/points', 'Every perfume on both layouts, in columns', {
          description:
            'Column i of every array is the perfume `ids[i]`; x and y are normalised to [-1, 1]; codes index `dictionaries`, masks set bit k for entry k. Names come on demand from `/perfumes/lookup`. Send the ETag back as `If-None-Match`: 304 until a new map is computed',
          ...CACHED_MAP_READ,
        }),
      )
      .input(z.object({}))
      .output(mapPointsSchema)
      .query(() => requireMap(keeper).data.points),

    clusters: publicProcedure
      .meta(
        docs.get('/map/clusters', "One layout's clusters and coarse groups with labels, colours and centres", {
          description:
            'Labels come from the dominant accords (and a distinctive note where two would read alike), in Korean and English, in the colour of the leading accord; `clusters[k]` is cluster k of the points',
          ...CACHED_MAP_READ,
        }),
      )
      .input(mapLayoutInputSchema)
      .output(mapClustersSchema)
      .query(({ input }) => {
        const { points, clusters } = requireMap(keeper).data;
        return {
          catalogVersion: points.catalogVersion,
          computedAt: points.computedAt,
          layout: input.layout,
          ...clusters[input.layout],
        };
      }),
  } satisfies TRPCRouterRecord;
}
