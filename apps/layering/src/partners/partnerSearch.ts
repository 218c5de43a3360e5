import type { LayeringPartner, LayeringPartners } from '@scentence/api/schemas';
import type { AccordKey } from '@scentence/api/vocabulary';
import { pairVotesKey } from '@scentence/db';
import type { LoadedPerfume } from '../catalog/profileCache';
import type { LayeringDependencies } from '../layeringDependencies';
import { communityOf } from '../scoring/communityRule';
import { ACCORD_COMPLEMENTS } from '../scoring/complementRules';
import { ACCORD_WHEEL_POSITION, OPPOSITE_DISTANCE, wheelDistance } from '../scoring/fragranceWheel';
import { type LayeringPerfume, strengthOf } from '../scoring/layeringPerfume';
import { traitsOf } from '../scoring/perfumeTraits';
import { sameLine } from '../scoring/sameLine';
import { ruleScoreOf, scoreByRules } from '../scoring/scorePair';
import { clampScore, verdictOf } from '../scoring/verdict';
import { type CandidatePerfume, candidatePerfume } from './familyLeaders';
import { type MoodSteer, moodAlignment, moodFamilies } from './moodSteering';

/** The plan of the catalog search (docs/layering.md, "Partners"): a few hundred candidates, never every pair. */
export const PARTNER_SEARCH = {
  /** Nearest neighbours by embedding: perfumes in harmony. */
  neighbours: 30,
  /** Pre-scored on their accords, this many are read whole and scored by every rule. */
  shortlist: 24,
  /** A family of the perfume starts a complement search from this strength. */
  ownFamilyStrength: 50,
} as const;

/** At full pull a partner that goes all the way where the mood asks gains this many ranking points. */
export const MOOD_POINTS = 20;

/** The families that complement or contrast with the perfume: where its partners are searched. */
export function partnerFamilies(perfume: LayeringPerfume): AccordKey[] {
  const families = new Set<AccordKey>();
  const brings = (keys: readonly AccordKey[]) =>
    keys.some((key) => strengthOf(perfume, key) >= PARTNER_SEARCH.ownFamilyStrength);
  for (const rule of ACCORD_COMPLEMENTS) {
    if (brings(rule.a)) for (const key of rule.b) families.add(key);
    if (brings(rule.b)) for (const key of rule.a) families.add(key);
  }
  const [main] = traitsOf(perfume).ranked;
  if (main && main[0] !== 'musky') {
    for (const key of Object.keys(ACCORD_WHEEL_POSITION) as AccordKey[]) {
      if (key !== 'musky' && wheelDistance(main[0], key) >= OPPOSITE_DISTANCE) families.add(key);
    }
  }
  return [...families];
}

function moodPoints(steer: MoodSteer | null, perfume: LayeringPerfume): number {
  return steer ? MOOD_POINTS * steer.pull * moodAlignment(steer, perfume.accords) : 0;
}

interface Ranked {
  partner: LoadedPerfume;
  score: number;
  rank: number;
  popularity: number;
}

export interface PartnerRequest {
  target: LoadedPerfume;
  steer: MoodSteer | null;
  limit: number;
  memberId: string | null;
}

/**
 * Every rule and members' votes for each partner, ranked with the mood; those `keep` accepts, best
 * first, at most `limit`, their reasons written only for the ones returned.
 */
async function rankPartners(
  deps: Pick<LayeringDependencies, 'votes'>,
  { target, steer, limit, memberId }: PartnerRequest,
  partners: readonly LoadedPerfume[],
  keep: (score: number) => boolean,
  popularity: ReadonlyMap<number, number> = new Map(),
): Promise<LayeringPartner[]> {
  const votes = deps.votes
    ? await deps.votes.ofPairs(
        partners.map((partner) => [target.perfume.id, partner.perfume.id] as const),
        memberId,
      )
    : new Map();
  const ranked = partners
    .map((partner): Ranked => {
      const counts = votes.get(pairVotesKey(target.perfume.id, partner.perfume.id)) ?? { up: 0, down: 0 };
      const score = clampScore(ruleScoreOf(target.perfume, partner.perfume) + communityOf(counts, null).points);
      return {
        partner,
        score,
        rank: score + moodPoints(steer, partner.perfume),
        popularity: popularity.get(partner.perfume.id) ?? 0,
      };
    })
    .filter((entry) => keep(entry.score))
    .sort((x, y) => y.rank - x.rank || y.popularity - x.popularity || x.partner.perfume.id - y.partner.perfume.id)
    .slice(0, limit);
  return ranked.map(({ partner, score }) => {
    const rules = scoreByRules(target.perfume, partner.perfume);
    return {
      perfume: partner.summary,
      score,
      verdict: verdictOf(score),
      contrast: rules.contrast,
      highlights: rules.reasons.slice(0, 3),
      moodFit: steer ? Math.round(((moodAlignment(steer, partner.perfume.accords) + 1) / 2) * 100) : null,
    };
  });
}

const isGoodOrGreat = (score: number) => verdictOf(score) === 'good' || verdictOf(score) === 'great';

/**
 * The best partners from the whole catalog: candidates from the perfume's embedding neighbours and
 * the best-known perfumes of its complementary (and the mood's) families, pre-scored on their
 * accords, the shortlist read whole and scored by every rule. Only good and great pairs; never the
 * perfume itself, another concentration of it or a flanker.
 */
export async function partnersFromCatalog(
  deps: Pick<LayeringDependencies, 'catalog' | 'profiles' | 'familyLeaders' | 'votes' | 'embeddingModel'>,
  request: PartnerRequest,
): Promise<LayeringPartners> {
  const { target, steer } = request;
  const [leaders, near] = await Promise.all([
    deps.familyLeaders(),
    deps.catalog.nearestCandidates(target.perfume.id, deps.embeddingModel, PARTNER_SEARCH.neighbours),
  ]);
  const candidates = new Map<number, CandidatePerfume>();
  for (const candidate of near) candidates.set(candidate.id, candidatePerfume(candidate));
  for (const family of new Set([...partnerFamilies(target.perfume), ...moodFamilies(steer)])) {
    for (const entry of leaders.get(family) ?? []) {
      if (!candidates.has(entry.candidate.id)) candidates.set(entry.candidate.id, entry);
    }
  }
  candidates.delete(target.perfume.id);
  const popularity = new Map([...candidates.values()].map(({ candidate }) => [candidate.id, candidate.popularity]));
  const shortlist = [...candidates.values()]
    .filter(({ perfume }) => !sameLine(target.perfume, perfume))
    .map(({ perfume }) => ({ id: perfume.id, rank: ruleScoreOf(target.perfume, perfume) + moodPoints(steer, perfume) }))
    .sort((x, y) => y.rank - x.rank || (popularity.get(y.id) ?? 0) - (popularity.get(x.id) ?? 0) || x.id - y.id)
    .slice(0, PARTNER_SEARCH.shortlist);
  const loaded = await deps.profiles.load(shortlist.map((entry) => entry.id));
  return {
    perfume: target.summary,
    source: 'catalog',
    mood: steer?.mood ?? null,
    considered: candidates.size,
    items: await rankPartners(deps, request, [...loaded.values()], isGoodOrGreat, popularity),
  };
}

/** Most wardrobe perfumes scored for one request. */
export const WARDROBE_MAX = 300;

/** Partners among the perfumes a member has: every one of them scored, best first, whatever the verdict. */
export async function partnersFromWardrobe(
  deps: Pick<LayeringDependencies, 'profiles' | 'votes'>,
  owned: readonly number[],
  request: PartnerRequest,
): Promise<LayeringPartners> {
  const { target, steer } = request;
  const ids = owned.filter((id) => id !== target.perfume.id).slice(0, WARDROBE_MAX);
  const loaded = [...(await deps.profiles.load(ids)).values()].filter(
    (partner) => !sameLine(target.perfume, partner.perfume),
  );
  return {
    perfume: target.summary,
    source: 'wardrobe',
    mood: steer?.mood ?? null,
    considered: loaded.length,
    items: await rankPartners(deps, request, loaded, () => true),
  };
}
