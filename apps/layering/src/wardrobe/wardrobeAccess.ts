import type { WardrobeRepository } from '@scentence/db';

/** What layering needs of a member's wardrobe (recom_db, through the wardrobe repository). */
export interface WardrobeAccess {
  /** The perfumes the member has (state `have`), newest first. */
  ownedPerfumeIds(memberId: string): Promise<number[]>;
  /** Puts a perfume on the member's WISH list unless it is in the wardrobe already; true when it was added. */
  wish(memberId: string, perfumeId: number): Promise<boolean>;
}

export function wardrobeAccessOf(wardrobe: WardrobeRepository): WardrobeAccess {
  return {
    async ownedPerfumeIds(memberId) {
      const entries = await wardrobe.list(memberId);
      return entries.filter((entry) => entry.state === 'have').map((entry) => entry.perfumeId);
    },
    async wish(memberId, perfumeId) {
      if (await wardrobe.find(memberId, perfumeId)) return false;
      await wardrobe.save(memberId, { perfumeId, state: 'wish', preference: 'neutral', source: 'layering' });
      return true;
    },
  };
}
