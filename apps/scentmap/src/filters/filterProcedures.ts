import { operationDocs, publicProcedure } from '@scentence/api';
import { mapFilterInputSchema, mapFilterOptionsSchema } from '@scentence/api/schemas';
import type { TRPCRouterRecord } from '@trpc/server';
import type { MapKeeper } from '../layout/mapKeeper';
import { CACHED_MAP_READ, requireMap } from '../layout/requireMap';
import { filterOptions } from './filterOptions';

const docs = operationDocs('map');

/** Filter options with how many perfumes each leaves, counted over the map in memory. */
export function filterProcedures(keeper: MapKeeper) {
  return {
    filters: publicProcedure
      .meta(
        docs.get('/map/filters', 'Filter options with counts: accords, gender, season, occasion, brand, years', {
          description:
            '`matching` passes every filter; each option counts the perfumes that pass the other filters and have it (accords in `all` mode: within the current matches). An unknown brand slug matches nothing',
          ...CACHED_MAP_READ,
        }),
      )
      .input(mapFilterInputSchema)
      .output(mapFilterOptionsSchema)
      .query(({ input }) => {
        const { points } = requireMap(keeper).data;
        return {
          catalogVersion: points.catalogVersion,
          computedAt: points.computedAt,
          ...filterOptions(points, input),
        };
      }),
  } satisfies TRPCRouterRecord;
}
