'use client';

import type { WardrobeState } from '@scentence/api/schemas';
import { useQueryClient } from '@tanstack/react-query';
import { brandIn } from '../catalog/names';
import { useI18n } from '../i18n/I18nProvider';
import { trpc } from '../trpc/client';
import type { SuggestedPerfume } from './AddSuggestion';
import type { WardrobeStatusItem } from './statusBatcher';
import { useWardrobeRefresh, useWardrobeStatusOf, WARDROBE_STATUS_KEY } from './useWardrobeStatus';

/**
 * Adds a chosen perfume to the wardrobe in `target` (unless it is already in) and tells the
 * reader through `announce` what happened.
 */
export function useAddToWardrobe(target: WardrobeState, announce: (message: string) => void) {
  const { locale, t } = useI18n();
  const text = t.wardrobe.add;
  const queryClient = useQueryClient();
  const refresh = useWardrobeRefresh();
  const statusOf = useWardrobeStatusOf();
  const save = trpc.wardrobe.save.useMutation();

  return async function add(perfume: SuggestedPerfume) {
    const name = `${brandIn(locale, perfume)} ${perfume.name}`;
    const key = [WARDROBE_STATUS_KEY, perfume.id];
    try {
      // Saving is "add or change": a perfume already in the wardrobe must not be moved by adding it again.
      const already = await statusOf(perfume.id);
      if (already) {
        announce(t.wardrobe.told(text.alreadyIn[already.state], name));
        return;
      }
      await save.mutateAsync({ perfumeId: perfume.id, state: target, source: 'manual' });
      queryClient.setQueryData<WardrobeStatusItem>(key, {
        perfumeId: perfume.id,
        state: target,
        preference: 'neutral',
      });
      announce(t.wardrobe.told(text.addedTo[target], name));
      await refresh();
    } catch {
      announce(t.wardrobe.told(text.failed, name));
    }
  };
}
