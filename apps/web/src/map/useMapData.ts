import type { MapLayoutKind, MapStatus } from '@scentence/api/schemas';
import { keepPreviousData, skipToken, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import { useScentmapQueryClient } from '../trpc/ScentmapProvider';
import { scentmapTrpc } from '../trpc/scentmapClient';
import { fetchMapPoints, isMapNotReady } from './mapPointsRequest';

/** While there is no map yet, or a new one is being computed, the status is asked again this often. */
const STATUS_POLL_MS = 5_000;
const POINTS_RETRIES = 2;

/** Is there a map, when was it computed, is a newer one on its way. */
export function useMapStatus() {
  return scentmapTrpc.map.status.useQuery(
    {},
    {
      refetchInterval: (query) => {
        const status = query.state.data;
        return status?.ready && !status.computing ? false : STATUS_POLL_MS;
      },
    },
  );
}

interface MapAnswer {
  data: { computedAt: string } | undefined;
  isFetching: boolean;
  refetch: () => Promise<unknown>;
}

/**
 * Asked at once, beside the status rather than after it (one round trip less before the first
 * frame); asked again when the status names a map other than the one loaded: the first one
 * once it is ready, or a newly computed one.
 */
function useOfServedMap(answer: MapAnswer, status: MapStatus | undefined): void {
  const served = status?.layout?.computedAt;
  const loaded = answer.data?.computedAt;
  const { isFetching, refetch } = answer;
  // Once per map the status names: a replica still serving the older one is not asked in a loop.
  const askedFor = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (served === undefined || served === loaded || isFetching || askedFor.current === served) return;
    askedFor.current = served;
    void refetch();
  }, [served, loaded, isFetching, refetch]);
}

/** Every point of the map; the loaded map's points stay while a newer one loads. */
export function useMapPoints(status: MapStatus | undefined) {
  const queryClient = useScentmapQueryClient();
  const query = useQuery(
    {
      queryKey: ['scentmap', 'map.points'],
      queryFn: ({ signal }) => fetchMapPoints(signal),
      staleTime: Number.POSITIVE_INFINITY,
      // A map still being prepared (503) is asked for again when the status says it is ready.
      retry: (failures, error) => !isMapNotReady(error) && failures < POINTS_RETRIES,
    },
    queryClient,
  );
  useOfServedMap(query, status);
  return query;
}

export function useMapClusters(layout: MapLayoutKind, status: MapStatus | undefined) {
  const query = scentmapTrpc.map.clusters.useQuery(
    { layout },
    { staleTime: Number.POSITIVE_INFINITY, placeholderData: keepPreviousData },
  );
  useOfServedMap(query, status);
  return query;
}

/** A perfume's names and accords, asked once per perfume and kept for the visit. */
export function usePerfumeSummary(id: number | null) {
  const query = scentmapTrpc.perfume.lookup.useQuery(id === null ? skipToken : { ids: String(id) }, {
    staleTime: Number.POSITIVE_INFINITY,
  });
  return { ...query, perfume: query.data?.items[0] ?? null };
}

/** Several perfumes at once (up to the lookup's 100), in the order asked. */
export function usePerfumeSummaries(ids: readonly number[] | null) {
  const query = scentmapTrpc.perfume.lookup.useQuery(ids && ids.length > 0 ? { ids: ids.join(',') } : skipToken, {
    staleTime: Number.POSITIVE_INFINITY,
  });
  const perfumes = useMemo(() => {
    const byId = new Map((query.data?.items ?? []).map((perfume) => [perfume.id, perfume]));
    return (ids ?? []).flatMap((id) => {
      const perfume = byId.get(id);
      return perfume ? [perfume] : [];
    });
  }, [query.data, ids]);
  return { ...query, perfumes };
}
