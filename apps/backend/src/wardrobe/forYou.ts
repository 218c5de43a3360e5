import type { ForYou, PerfumeSummary, TasteProfile } from '@scentence/api/schemas';
import type { AccordKey } from '@scentence/api/vocabulary';
import type { PerfumeTasteFacts } from '@scentence/db';
import { brandIdentityKey } from '@scentence/domain/names';
import { recommendationReason, type TasteNote, type WeightedPerfume } from '@scentence/domain/taste';
import type { WardrobeDependencies } from './wardrobeDependencies';

/** At most this many recommendations from one house. */
export const PER_BRAND = 2;
/** Candidates asked of the HNSW index per recommendation wanted, so the brand cap still fills the list. */
const CANDIDATES_PER_ITEM = 4;
/** A short list after the brand cap asks the index again for this many times more, this often at most. */
const WIDEN_FACTOR = 4;
const WIDEN_TIMES = 2;
/** Accords this strong in the profile (strongest = 100) are the member's favourites a reason names. */
const FAVOURITE_ACCORD_WEIGHT = 30;
const RESEMBLED_SHOWN = 2;

const round3 = (value: number) => Math.round(value * 1000) / 1000;

/** Nearest first, at most `PER_BRAND` per house (spellings of one house count as one). */
function capPerBrand(candidates: readonly { perfume: PerfumeSummary; similarity: number }[], limit: number) {
  const perBrand = new Map<string, number>();
  const kept: { perfume: PerfumeSummary; similarity: number }[] = [];
  for (const candidate of candidates) {
    const house = brandIdentityKey(candidate.perfume.brand);
    const count = perBrand.get(house) ?? 0;
    if (count >= PER_BRAND) continue;
    perBrand.set(house, count + 1);
    kept.push(candidate);
    if (kept.length === limit) break;
  }
  return kept;
}

function sharedWithTaste(profile: TasteProfile, facts: PerfumeTasteFacts | undefined) {
  const favourites = profile.accords.filter((accord) => accord.weight >= FAVOURITE_ACCORD_WEIGHT);
  const sharedAccords: AccordKey[] = favourites
    .filter((accord) => facts?.presentAccords.includes(accord.key))
    .map((accord) => accord.key);
  const slugs = new Set(facts?.notes.map((note) => note.slug));
  const sharedNotes: TasteNote[] = profile.likedNotes
    .filter((note) => slugs.has(note.slug))
    .map(({ slug, name, nameKo }) => ({ slug, name, nameKo }));
  return { sharedAccords, sharedNotes };
}

/**
 * "For you": the catalog's perfumes nearest the member's taste in the embedding space of similar
 * perfumes, leaving out everything already in the wardrobe (have, had, wish, liked or not), two per
 * house at most, each with why: the favourite accords and liked notes it carries and the liked
 * perfumes it resembles most.
 */
export function createForYou(deps: Pick<WardrobeDependencies, 'perfumes' | 'taste'>) {
  const { perfumes } = deps;

  async function candidates(liked: readonly WeightedPerfume[], exclude: readonly number[], limit: number) {
    let asked = limit * CANDIDATES_PER_ITEM;
    for (let attempt = 0; ; attempt++) {
      const neighbours = await perfumes.nearestToTaste(liked, asked, exclude);
      const summaries = new Map(
        (await perfumes.findSummaries(neighbours.map((n) => n.perfumeId))).map((summary) => [summary.id, summary]),
      );
      const ranked = neighbours.flatMap((neighbour) => {
        const perfume = summaries.get(neighbour.perfumeId);
        return perfume ? [{ perfume, similarity: neighbour.similarity }] : [];
      });
      const kept = capPerBrand(ranked, limit);
      if (kept.length >= limit || neighbours.length < asked || attempt >= WIDEN_TIMES) return kept;
      asked *= WIDEN_FACTOR;
    }
  }

  return async function forYou(memberId: string, limit: number): Promise<ForYou> {
    const taste = await deps.taste.tasteProfileOf(memberId);
    if (!taste.enabled) return { basis: 'disabled', items: [] };
    const liked = taste.weights.filter((entry) => entry.weight > 0);
    if (liked.length === 0) return { basis: 'empty', items: [] };

    const picked = await candidates(
      liked,
      taste.entries.map((entry) => entry.perfumeId),
      limit,
    );
    const ids = picked.map((candidate) => candidate.perfume.id);
    const [facts, resembled] = await Promise.all([
      deps.taste.factsOf(ids),
      perfumes.closestAmong(
        ids,
        liked.map((entry) => entry.perfumeId),
        RESEMBLED_SHOWN,
      ),
    ]);
    return {
      basis: 'taste',
      items: picked.map(({ perfume, similarity }) => {
        const { sharedAccords, sharedNotes } = sharedWithTaste(taste.profile, facts.get(perfume.id));
        const becauseOf = (resembled.get(perfume.id) ?? []).map(({ id, brand, brandKo, name, nameKo }) => ({
          id,
          brand,
          brandKo,
          name,
          nameKo,
        }));
        return {
          perfume,
          score: round3(Math.min(1, Math.max(0, similarity))),
          sharedAccords,
          sharedNotes,
          becauseOf,
          reason: recommendationReason({ sharedAccords, sharedNotes, becauseOf }),
        };
      }),
    };
  };
}
