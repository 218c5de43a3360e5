import type { wardrobeStatusSchema } from '@scentence/api/schemas';
import type { z } from 'zod';

export type WardrobeStatusItem = z.infer<typeof wardrobeStatusSchema>['items'][number];

/** The most ids one `wardrobe.status` call takes (its `ids` list). */
export const STATUS_IDS_MAX = 100;
/** Cards that render together ask within this window, so a grid costs one call. */
const GATHER_MS = 10;

type FetchStatus = (ids: number[]) => Promise<WardrobeStatusItem[]>;

interface Waiting {
  resolve: (item: WardrobeStatusItem | null) => void;
  reject: (error: unknown) => void;
}

/**
 * Gathers the perfume ids that cards ask about in one moment into one `wardrobe.status` call
 * (several when there are more than it takes), and answers each card with its own entry, or
 * null when the perfume is not in the wardrobe.
 */
export function createStatusBatcher(fetchStatus: FetchStatus, maxIds = STATUS_IDS_MAX) {
  let waiting = new Map<number, Waiting[]>();
  let scheduled = false;

  async function ask(batch: Map<number, Waiting[]>): Promise<void> {
    const ids = [...batch.keys()];
    for (let start = 0; start < ids.length; start += maxIds) {
      const chunk = ids.slice(start, start + maxIds);
      try {
        const items = await fetchStatus(chunk);
        const byId = new Map(items.map((item) => [item.perfumeId, item]));
        for (const id of chunk) for (const one of batch.get(id) ?? []) one.resolve(byId.get(id) ?? null);
      } catch (error) {
        for (const id of chunk) for (const one of batch.get(id) ?? []) one.reject(error);
      }
    }
  }

  function flush(): void {
    scheduled = false;
    const batch = waiting;
    waiting = new Map();
    void ask(batch);
  }

  return {
    load(perfumeId: number): Promise<WardrobeStatusItem | null> {
      return new Promise((resolve, reject) => {
        waiting.set(perfumeId, [...(waiting.get(perfumeId) ?? []), { resolve, reject }]);
        if (scheduled) return;
        scheduled = true;
        setTimeout(flush, GATHER_MS);
      });
    },
  };
}
