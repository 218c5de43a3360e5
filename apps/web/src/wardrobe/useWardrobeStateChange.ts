'use client';

import type { PerfumeSummary, WardrobeSource, WardrobeState } from '@scentence/api/schemas';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { trpc } from '../trpc/client';
import type { WardrobeStatusItem } from './statusBatcher';
import { useWardrobeRefresh, WARDROBE_STATUS_KEY } from './useWardrobeStatus';

/**
 * The wardrobe mutations of one perfume's control: each change shows its result at once in the
 * cached state and puts the old state back (and flags `failed`) if the server refuses.
 */
export function useWardrobeStateChange(perfumeId: PerfumeSummary['id']) {
  const queryClient = useQueryClient();
  const refresh = useWardrobeRefresh();
  const save = trpc.wardrobe.save.useMutation();
  const update = trpc.wardrobe.update.useMutation();
  const remove = trpc.wardrobe.remove.useMutation();
  const [failed, setFailed] = useState(false);

  async function change(run: () => Promise<unknown>, next: WardrobeStatusItem | null) {
    const key = [WARDROBE_STATUS_KEY, perfumeId];
    const before = queryClient.getQueryData<WardrobeStatusItem | null>(key);
    queryClient.setQueryData(key, next);
    try {
      await run();
    } catch {
      queryClient.setQueryData(key, before ?? null);
      setFailed(true);
    }
    await refresh();
  }

  /** Puts the perfume in `state`: a move for one already in the wardrobe, else a save from `source`. */
  function putIn(entry: WardrobeStatusItem | null, state: WardrobeState, source: WardrobeSource) {
    if (entry) return change(() => update.mutateAsync({ perfumeId, state }), { ...entry, state });
    return change(() => save.mutateAsync({ perfumeId, state, source }), { perfumeId, state, preference: 'neutral' });
  }

  const takeOut = () => change(() => remove.mutateAsync({ perfumeId }), null);

  return {
    putIn,
    takeOut,
    removing: remove.isPending,
    failed,
    clearFailure: () => setFailed(false),
    busy: save.isPending || update.isPending || remove.isPending,
  };
}
