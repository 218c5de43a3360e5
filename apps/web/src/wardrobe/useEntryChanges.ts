'use client';

import type { Preference, WardrobeEntry, WardrobeState } from '@scentence/api/schemas';
import { useI18n } from '../i18n/I18nProvider';
import { trpc } from '../trpc/client';
import { useWardrobeRefresh } from './useWardrobeStatus';

export type EntryChange = { state?: WardrobeState; preference?: Preference; rating?: number | null; memo?: string };

/**
 * What a member can do to one wardrobe entry; each action tells the reader (through `announce`)
 * that it was done or that it failed, and resolves to whether it was done.
 */
export function useEntryChanges(
  perfumeId: WardrobeEntry['perfume']['id'],
  name: string,
  announce: (message: string) => void,
) {
  const { t } = useI18n();
  const text = t.wardrobe;
  const refresh = useWardrobeRefresh();
  const update = trpc.wardrobe.update.useMutation();
  const usedUp = trpc.wardrobe.useUp.useMutation();
  const remove = trpc.wardrobe.remove.useMutation();

  async function run(action: () => Promise<unknown>, done: string | null): Promise<boolean> {
    try {
      await action();
      if (done) announce(text.told(done, name));
      await refresh();
      return true;
    } catch {
      announce(text.told(text.entry.saveFailed, name));
      return false;
    }
  }

  return {
    change: (next: EntryChange, done: string | null = text.entry.saved) =>
      run(() => update.mutateAsync({ perfumeId, ...next }), done),
    markUsedUp: (preference: Preference) => run(() => usedUp.mutateAsync({ perfumeId, preference }), text.useUp.done),
    takeOut: () => run(() => remove.mutateAsync({ perfumeId }), text.remove.done),
    markingUsedUp: usedUp.isPending,
    takingOut: remove.isPending,
    busy: update.isPending || usedUp.isPending || remove.isPending,
  };
}
