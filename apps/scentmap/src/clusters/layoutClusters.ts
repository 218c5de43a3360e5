import type { MapCluster, MapClusterGroup } from '@scentence/api/schemas';
import { ACCORDS } from '@scentence/api/vocabulary';
import { WHEEL_FAMILIES, WHEEL_FAMILY_LABELS, WHEEL_SECTORS } from '../layout/fragranceWheel';
import { describeRegion, disambiguateLabels, type RegionContext } from './describeRegion';
import { kMeans } from './kMeans';
import { membersOf, regionGeometry } from './regionGeometry';

/** A layout's labelled regions: coarse groups and the fine clusters the points carry. */
export interface LayoutClusters {
  groups: MapClusterGroup[];
  clusters: MapCluster[];
}

const CLUSTER_SEED = 7_919;
const GROUP_SEED = 104_729;

/** About one cluster per 600 perfumes, at least 3 and at most 60; a group per five clusters. */
export function clusterCounts(points: number): { clusters: number; groups: number } {
  const clusters = Math.max(3, Math.min(60, Math.round(Math.sqrt(points / 10))));
  return { clusters: Math.min(clusters, points), groups: Math.max(2, Math.min(12, Math.round(clusters / 5))) };
}

/**
 * The similarity layout's regions: seeded k-means on the plane, then the clusters' centres
 * grouped the same way (weighted by size) into a handful of groups for the zoomed-out view.
 */
export function similarityClusters(
  x: readonly number[],
  y: readonly number[],
  context: RegionContext,
): { assignment: number[]; regions: LayoutClusters } {
  const counts = clusterCounts(x.length);
  const fine = kMeans(x, y, counts.clusters, CLUSTER_SEED);
  const members = membersOf(fine.assignment, fine.centres.length);
  const sizes = members.map((list) => list.length);
  const coarse = kMeans(
    fine.centres.map((centre) => centre.x),
    fine.centres.map((centre) => centre.y),
    Math.min(counts.groups, fine.centres.length),
    GROUP_SEED,
    sizes,
  );
  const clusters = disambiguateLabels(
    members.map((list, index) => ({
      index,
      group: coarse.assignment[index] ?? 0,
      ...describeRegion(list, context),
      ...regionGeometry(list, x, y),
      size: list.length,
    })),
  );
  const groupMembers = coarse.centres.map((_, group) =>
    members.filter((_, index) => coarse.assignment[index] === group).flat(),
  );
  const groups = disambiguateLabels(
    groupMembers.map((list) => ({
      ...describeRegion(list, context),
      ...regionGeometry(list, x, y),
      size: list.length,
    })),
  );
  return { assignment: Array.from(fine.assignment), regions: { groups, clusters } };
}

/** A wheel sector is named by its accord alone: "시트러스", "Citrus". */
const SECTOR_LABELS = WHEEL_SECTORS.map((sector) => {
  const accord = ACCORDS.find((label) => label.key === sector.accord);
  return accord ? { ko: accord.ko, en: accord.en } : undefined;
});

/** The wheel's regions: one cluster per accord sector (empty ones kept, size 0), grouped by family. */
export function wheelClusters(
  x: readonly number[],
  y: readonly number[],
  sector: readonly number[],
  context: RegionContext,
): LayoutClusters {
  const members = membersOf(sector, WHEEL_SECTORS.length);
  const clusters = WHEEL_SECTORS.map((wheelSector, index) => {
    const list = members[index] ?? [];
    return {
      index,
      group: WHEEL_FAMILIES.indexOf(wheelSector.family),
      ...describeRegion(list, context, wheelSector.accord),
      label: SECTOR_LABELS[index] ?? { ko: wheelSector.accord, en: wheelSector.accord },
      ...regionGeometry(list, x, y),
      size: list.length,
    };
  });
  const groups = WHEEL_FAMILIES.map((family, group) => {
    const list = clusters
      .filter((cluster) => cluster.group === group)
      .flatMap((cluster) => members[cluster.index] ?? []);
    const description = describeRegion(list, context, WHEEL_SECTORS.find((s) => s.family === family)?.accord);
    return {
      ...description,
      label: WHEEL_FAMILY_LABELS[family],
      ...regionGeometry(list, x, y),
      size: list.length,
    };
  });
  return { groups, clusters };
}
