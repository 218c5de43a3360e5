import { EMPTY_TASTE_PROFILE, type Taste, type TasteEntry, type TastePerfume, tasteOf } from '@scentence/domain/taste';
import type { PerfumeRepository } from './perfumeRepository';
import { createTasteFactsCache } from './tasteFactsCache';
import type { WardrobeEntryRecord } from './wardrobeEntries';
import type { WardrobeRepository } from './wardrobeRepository';

export interface MemberTaste extends Taste {
  /** The member's "use my wardrobe for recommendations": off gives nothing personal at all. */
  enabled: boolean;
  /** The wardrobe the taste was read from, newest first (empty when off). */
  entries: WardrobeEntryRecord[];
}

/** A neutral entry weighs nothing: its perfume is not read, it only takes its place among the newest. */
const WEIGHS_NOTHING: TastePerfume = { gender: 'unisex', accords: [], notes: [], seasons: [] };

/**
 * The one way every service reads a member's taste (the wardrobe, "for you", and later the chat,
 * the map and layering): the wardrobe from recom_db, the perfumes from perfume_db, joined by id.
 */
export function createWardrobeTaste(wardrobe: WardrobeRepository, perfumes: PerfumeRepository) {
  const factsOf = createTasteFactsCache(perfumes);
  return {
    /** Accords, notes, fitting seasons and gender of these perfumes, from a cache kept per catalog version. */
    factsOf,

    async tasteProfileOf(memberId: string): Promise<MemberTaste> {
      // Both reads go out together; with the switch off the entries are not used.
      const [settings, entries] = await Promise.all([wardrobe.settings(memberId), wardrobe.list(memberId)]);
      if (!settings.useForRecommendations) {
        return { enabled: false, entries: [], profile: EMPTY_TASTE_PROFILE, weights: [] };
      }
      const counted = entries.filter((entry) => entry.preference !== 'neutral').map((entry) => entry.perfumeId);
      const facts = await factsOf(counted);
      const tasteEntries = entries.flatMap((entry): TasteEntry[] => {
        const perfume = entry.preference === 'neutral' ? WEIGHS_NOTHING : facts.get(entry.perfumeId);
        if (!perfume) return [];
        const { perfumeId, state, preference, addedAt } = entry;
        return [{ perfumeId, state, preference, addedAt: addedAt.toISOString(), perfume }];
      });
      return { enabled: true, entries, ...tasteOf(tasteEntries) };
    },
  };
}

export type WardrobeTaste = ReturnType<typeof createWardrobeTaste>;
