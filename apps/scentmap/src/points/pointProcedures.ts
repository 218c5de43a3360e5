import { MessageError, operationDocs, publicProcedure } from '@scentence/api';
import {
  type MapLayoutKind,
  mapNeighboursInputSchema,
  mapNeighboursSchema,
  mapPointInputSchema,
  mapPointSchema,
  mapSearchInputSchema,
  mapSearchSchema,
  perfumeSearchInputSchema,
} from '@scentence/api/schemas';
import type { PerfumeRepository } from '@scentence/db';
import type { TRPCRouterRecord } from '@trpc/server';
import type { MapKeeper } from '../layout/mapKeeper';
import { MAP_NOT_READY_DOC, requireMap } from '../layout/requireMap';
import { positionOf, type ServedMap } from '../layout/servedMap';

const docs = operationDocs('map');
const NOT_ON_MAP = 'No perfume on the map has this id (`mapPointNotFound`).';

function requirePosition(map: ServedMap, id: number, layout: MapLayoutKind) {
  const position = positionOf(map, id, layout);
  if (!position) throw new MessageError({ code: 'NOT_FOUND', key: 'mapPointNotFound', params: { id } });
  return position;
}

function summaryOf(perfumes: PerfumeRepository) {
  return async (id: number) => {
    const [perfume] = await perfumes.findSummaries([id]);
    if (!perfume) throw new MessageError({ code: 'NOT_FOUND', key: 'mapPointNotFound', params: { id } });
    return perfume;
  };
}

/** The items whose perfume is on the map, each with where it is; the others are left out. */
function placedOn<T>(map: ServedMap, layout: MapLayoutKind, items: readonly T[], idOf: (item: T) => number) {
  return items.flatMap((item) => {
    const position = positionOf(map, idOf(item), layout);
    return position ? [{ item, position }] : [];
  });
}

function pointProcedure(keeper: MapKeeper, perfumes: PerfumeRepository) {
  const summary = summaryOf(perfumes);
  return publicProcedure
    .meta(
      docs.get('/map/points/{id}', 'One perfume: where it is on a layout, its cluster and its summary', {
        errors: { 404: NOT_ON_MAP, 503: MAP_NOT_READY_DOC },
      }),
    )
    .input(mapPointInputSchema)
    .output(mapPointSchema)
    .query(async ({ input }) => {
      const map = requireMap(keeper);
      const position = requirePosition(map, input.id, input.layout);
      const cluster = map.data.clusters[input.layout].clusters[position.cluster];
      return {
        perfume: await summary(input.id),
        layout: input.layout,
        position,
        clusterLabel: cluster?.label ?? { ko: '', en: '' },
      };
    });
}

function neighboursProcedure(keeper: MapKeeper, perfumes: PerfumeRepository) {
  const summary = summaryOf(perfumes);
  return publicProcedure
    .meta(
      docs.get('/map/points/{id}/neighbours', "A perfume's most similar perfumes and where they are", {
        description: 'By the cosine similarity of their embeddings, most similar first, with the accords both carry',
        errors: { 404: NOT_ON_MAP, 503: MAP_NOT_READY_DOC },
      }),
    )
    .input(mapNeighboursInputSchema)
    .output(mapNeighboursSchema)
    .query(async ({ input }) => {
      const map = requireMap(keeper);
      const position = requirePosition(map, input.id, input.layout);
      const [perfume, similar] = await Promise.all([summary(input.id), perfumes.similar(input.id, input.limit)]);
      return {
        layout: input.layout,
        perfume,
        position,
        items: placedOn(map, input.layout, similar.items, (item) => item.perfume.id).map(({ item, position: at }) => ({
          perfume: item.perfume,
          position: at,
          similarity: item.similarity,
          sharedAccords: item.sharedAccords,
        })),
      };
    });
}

function searchProcedure(keeper: MapKeeper, perfumes: PerfumeRepository) {
  return publicProcedure
    .meta(
      docs.get('/map/search', 'Where a perfume is: search by name (Korean or English) and get positions', {
        description: 'Best match first; perfumes added since the map was computed are left out until the next map',
        errors: { 503: MAP_NOT_READY_DOC },
      }),
    )
    .input(mapSearchInputSchema)
    .output(mapSearchSchema)
    .query(async ({ input }) => {
      const map = requireMap(keeper);
      const found = await perfumes.search(perfumeSearchInputSchema.parse({ q: input.q, limit: input.limit }));
      return {
        layout: input.layout,
        items: placedOn(map, input.layout, found.items, (perfume) => perfume.id).map(({ item, position }) => ({
          perfume: item,
          position,
        })),
      };
    });
}

/** One perfume where it is, its neighbours where they are, and where a name search lands. */
export function pointProcedures(keeper: MapKeeper, perfumes: PerfumeRepository) {
  return {
    point: pointProcedure(keeper, perfumes),
    neighbours: neighboursProcedure(keeper, perfumes),
    search: searchProcedure(keeper, perfumes),
  } satisfies TRPCRouterRecord;
}
