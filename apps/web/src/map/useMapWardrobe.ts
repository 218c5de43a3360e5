import type { MapLayoutKind, MapWardrobe } from '@scentence/api/schemas';
import { keepPreviousData, skipToken } from '@tanstack/react-query';
import { useSession } from 'next-auth/react';
import { scentmapTrpc } from '../trpc/scentmapClient';

export interface MapWardrobeState {
  signedIn: boolean;
  data: MapWardrobe | undefined;
  loading: boolean;
  failed: boolean;
}

/** The signed-in member's own wardrobe on this layout; nothing is asked for a guest. */
export function useMapWardrobe(layout: MapLayoutKind, ready: boolean): MapWardrobeState {
  const { status } = useSession();
  const signedIn = status === 'authenticated';
  const query = scentmapTrpc.map.wardrobe.useQuery(signedIn && ready ? { layout } : skipToken, {
    placeholderData: keepPreviousData,
  });
  const data = query.data?.layout === layout ? query.data : undefined;
  return { signedIn, data, loading: signedIn && query.isLoading, failed: query.isError };
}
