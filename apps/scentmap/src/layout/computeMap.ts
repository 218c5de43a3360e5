import { similarityClusters, wheelClusters } from '../clusters/layoutClusters';
import { LAYOUT_VECTOR_DIMENSIONS, layoutVectors } from './layoutVector';
import type { MapData } from './mapData';
import type { MapInput } from './mapFacts';
import { normalisePoints, roundPoints } from './normalisePoints';
import { pointColumns } from './pointColumns';
import { projectBySimilarity, SIMILARITY_METHOD } from './similarityLayout';
import { placeOnWheel, WHEEL_METHOD } from './wheelLayout';

/** Everything that shapes a map: a stored map computed another way is computed again. */
export const MAP_METHOD = `${SIMILARITY_METHOD}; ${WHEEL_METHOD}; vector accords+39 notes; clusters k-means v1`;

/**
 * The whole map from the catalog's facts, with no I/O: both layouts, their clusters and the
 * filter columns. The same facts give the same map, to the last digit.
 */
export function computeMap(input: MapInput, computedAt: Date): MapData {
  const { perfumes } = input;
  const ids = perfumes.map((perfume) => perfume.id);
  const vectors = layoutVectors(
    perfumes,
    input.notes.map((note) => note.id),
  );
  const projected = projectBySimilarity(vectors, LAYOUT_VECTOR_DIMENSIONS, ids);
  const similarity = normalisePoints(projected.x, projected.y);
  const wheelPlacement = placeOnWheel(perfumes);
  const wheel = roundPoints(wheelPlacement.x, wheelPlacement.y);
  const context = { perfumes, notes: input.notes };
  const similarityRegions = similarityClusters(similarity.x, similarity.y, context);
  const wheelRegions = wheelClusters(wheel.x, wheel.y, wheelPlacement.sector, context);
  return {
    points: {
      catalogVersion: input.catalogVersion,
      computedAt: computedAt.toISOString(),
      count: perfumes.length,
      ...pointColumns(input),
      layouts: {
        similarity: { ...similarity, cluster: similarityRegions.assignment },
        wheel: { ...wheel, cluster: wheelPlacement.sector },
      },
    },
    clusters: { similarity: similarityRegions.regions, wheel: wheelRegions },
  };
}
