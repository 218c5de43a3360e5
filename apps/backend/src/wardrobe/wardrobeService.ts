import type {
  PerfumeSummary,
  TasteProfile,
  WardrobeEntry,
  WardrobeList,
  WardrobeListQuery,
  WardrobeSaveRequest,
  WardrobeSettings,
  WardrobeUpdateRequest,
  WardrobeUseUpRequest,
} from '@scentence/api/schemas';
import type { WardrobeEntryRecord } from '@scentence/db';
import type { WardrobeDependencies } from './wardrobeDependencies';
import { entryNotFound, perfumeNotFound } from './wardrobeErrors';
import { filterEntries, needsFacts, sortEntries } from './wardrobeListing';
import { toWardrobeEntry } from './wardrobeViews';

/** The member's entries, collection, settings and taste; every call is about `memberId` only. */
export function createWardrobeService(deps: WardrobeDependencies) {
  const { wardrobe, perfumes } = deps;

  /** The wardrobe with each perfume's summary; entries whose perfume left the catalog are not shown. */
  async function entriesWithPerfumes(records: readonly WardrobeEntryRecord[]): Promise<WardrobeEntry[]> {
    const summaries = new Map<number, PerfumeSummary>(
      (await perfumes.findSummaries(records.map((record) => record.perfumeId))).map((summary) => [summary.id, summary]),
    );
    return records.flatMap((record) => {
      const perfume = summaries.get(record.perfumeId);
      return perfume ? [toWardrobeEntry(record, perfume)] : [];
    });
  }

  async function withPerfume(record: WardrobeEntryRecord | null): Promise<WardrobeEntry> {
    const [entry] = record ? await entriesWithPerfumes([record]) : [];
    if (!entry) throw entryNotFound();
    return entry;
  }

  return {
    entriesWithPerfumes,

    async list(memberId: string, query: WardrobeListQuery): Promise<WardrobeList> {
      const entries = await entriesWithPerfumes(await wardrobe.list(memberId));
      const counts = { have: 0, wish: 0, had: 0 };
      for (const entry of entries) counts[entry.state] += 1;
      const facts = needsFacts(query) ? await deps.taste.factsOf(entries.map((entry) => entry.perfume.id)) : new Map();
      const matching = sortEntries(filterEntries(entries, query, facts), query.sort);
      const end = query.cursor + query.limit;
      return {
        items: matching.slice(query.cursor, end),
        total: matching.length,
        nextCursor: end < matching.length ? end : null,
        counts,
      };
    },

    entry: async (memberId: string, perfumeId: number) => withPerfume(await wardrobe.find(memberId, perfumeId)),

    /** Adds the perfume or changes its entry: saving twice leaves one entry. */
    async save(memberId: string, input: WardrobeSaveRequest): Promise<WardrobeEntry> {
      const [perfume] = await perfumes.findSummaries([input.perfumeId]);
      if (!perfume) throw perfumeNotFound();
      return toWardrobeEntry(await wardrobe.save(memberId, input), perfume);
    },

    async update(memberId: string, { perfumeId, ...changes }: WardrobeUpdateRequest): Promise<WardrobeEntry> {
      return withPerfume(await wardrobe.update(memberId, perfumeId, changes));
    },

    /** "I used it up": the entry moves to HAD with how it was liked. */
    async useUp(memberId: string, { perfumeId, preference, rating }: WardrobeUseUpRequest): Promise<WardrobeEntry> {
      return withPerfume(await wardrobe.update(memberId, perfumeId, { state: 'had', preference, rating }));
    },

    async remove(memberId: string, perfumeId: number): Promise<{ deleted: boolean }> {
      if (!(await wardrobe.delete(memberId, perfumeId))) throw entryNotFound();
      return { deleted: true };
    },

    status: async (memberId: string, ids: number[]) => ({ items: await wardrobe.statusOf(memberId, ids) }),

    settings: (memberId: string): Promise<WardrobeSettings> => wardrobe.settings(memberId),
    saveSettings: (memberId: string, settings: WardrobeSettings) => wardrobe.saveSettings(memberId, settings),

    /** Empty when the member switched "use my wardrobe for recommendations" off. */
    taste: async (memberId: string): Promise<TasteProfile> => (await deps.taste.tasteProfileOf(memberId)).profile,
  };
}

export type WardrobeService = ReturnType<typeof createWardrobeService>;
