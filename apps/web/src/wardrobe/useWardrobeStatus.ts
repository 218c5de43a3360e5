'use client';

import { type QueryClient, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSession } from 'next-auth/react';
import { trpc } from '../trpc/client';
import { createStatusBatcher, type WardrobeStatusItem } from './statusBatcher';

/** The key under which every card's wardrobe state is cached (see useWardrobeRefresh). */
export const WARDROBE_STATUS_KEY = 'wardrobe-status';

type Batcher = ReturnType<typeof createStatusBatcher>;
type BackendClient = ReturnType<typeof trpc.useUtils>['client'];
// One per query client (the app has one): `useUtils().client` is a new proxy on every call.
const batchers = new WeakMap<QueryClient, Batcher>();

function batcherFor(queryClient: QueryClient, client: BackendClient): Batcher {
  let batcher = batchers.get(queryClient);
  if (!batcher) {
    batcher = createStatusBatcher(async (ids) => (await client.wardrobe.status.query({ ids: ids.join(',') })).items);
    batchers.set(queryClient, batcher);
  }
  return batcher;
}

export interface WardrobeStatus {
  signedIn: boolean;
  /** The member's entry for the perfume; null when it is not in the wardrobe (or nobody is signed in). */
  entry: WardrobeStatusItem | null;
  loading: boolean;
}

/**
 * The signed-in member's state for one perfume. Every card on the screen asks at once, and the
 * asks are gathered into one `wardrobe.status` call per grid rather than one per card.
 */
export function useWardrobeStatus(perfumeId: number): WardrobeStatus {
  const { status } = useSession();
  const signedIn = status === 'authenticated';
  const queryClient = useQueryClient();
  const { client } = trpc.useUtils();
  const batcher = batcherFor(queryClient, client);
  const query = useQuery({
    queryKey: [WARDROBE_STATUS_KEY, perfumeId],
    queryFn: () => batcher.load(perfumeId),
    enabled: signedIn,
  });
  return { signedIn, entry: signedIn ? (query.data ?? null) : null, loading: signedIn && query.isPending };
}

/** The member's entry for a perfume as it is now: from the cache, or asked (with whatever else is asked at once). */
export function useWardrobeStatusOf(): (perfumeId: number) => Promise<WardrobeStatusItem | null> {
  const queryClient = useQueryClient();
  const { client } = trpc.useUtils();
  return (perfumeId) =>
    queryClient.ensureQueryData({
      queryKey: [WARDROBE_STATUS_KEY, perfumeId],
      queryFn: () => batcherFor(queryClient, client).load(perfumeId),
    });
}

/** After any change to the wardrobe: the page's lists, taste, "for you" and every card's state load again. */
export function useWardrobeRefresh(): () => Promise<void> {
  const utils = trpc.useUtils();
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      utils.wardrobe.invalidate(),
      queryClient.invalidateQueries({ queryKey: [WARDROBE_STATUS_KEY] }),
    ]);
  };
}
