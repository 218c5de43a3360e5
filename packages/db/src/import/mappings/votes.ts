import type { GenderKey, OccasionKey, SeasonKey } from '@scentence/api/vocabulary';
import { relativeShares } from '../../seed/catalogRecords';

/** A season is kept when it has at least this share of the season votes (the original service's rule). */
export const SEASON_MIN_SHARE = 0.2;
/** An occasion is kept from this share of the occasion votes on. */
export const OCCASION_MIN_SHARE = 0.15;
/** Feminine or masculine when that side has at least this share of the two sides' votes, else unisex. */
export const GENDER_MIN_SHARE = 0.66;

const PARFUMO_SEASONS: Readonly<Record<string, SeasonKey>> = {
  spring: 'spring',
  summer: 'summer',
  fall: 'fall',
  autumn: 'fall',
  winter: 'winter',
};

const PARFUMO_OCCASIONS: Readonly<Record<string, OccasionKey>> = {
  daily: 'daily',
  leisure: 'leisure',
  business: 'business',
  evening: 'evening',
  'night out': 'night_out',
  sport: 'sport',
};

/** Votes → shares kept from `minShare` of all votes on, then stored relative to the best (100). */
function keptShares<K extends string>(
  votes: Record<string, number>,
  table: Readonly<Record<string, K>>,
  minShare: number,
): Partial<Record<K, number>> {
  const byKey: Partial<Record<K, number>> = {};
  for (const [name, count] of Object.entries(votes)) {
    const key = table[name.trim().toLowerCase()];
    if (key) byKey[key] = (byKey[key] ?? 0) + count;
  }
  const total = Object.values<number | undefined>(byKey).reduce<number>((sum, count) => sum + (count ?? 0), 0);
  if (total === 0) return {};
  const kept = Object.fromEntries(
    Object.entries<number | undefined>(byKey).filter(([, count]) => (count ?? 0) / total >= minShare),
  ) as Partial<Record<K, number>>;
  return relativeShares(kept);
}

export function parfumoSeasons(votes: Record<string, number>): Partial<Record<SeasonKey, number>> {
  return keptShares(votes, PARFUMO_SEASONS, SEASON_MIN_SHARE);
}

export function parfumoOccasions(votes: Record<string, number>): Partial<Record<OccasionKey, number>> {
  return keptShares(votes, PARFUMO_OCCASIONS, OCCASION_MIN_SHARE);
}

/** Gender lean from feminine and masculine votes (other votes, e.g. "unisex", count for neither side). */
export function genderFromVotes(feminine: number, masculine: number): GenderKey {
  const both = feminine + masculine;
  if (both <= 0) return 'unisex';
  if (feminine / both >= GENDER_MIN_SHARE) return 'feminine';
  if (masculine / both >= GENDER_MIN_SHARE) return 'masculine';
  return 'unisex';
}

/**
 * The mean step of a vote histogram (`counts[0]` votes for step 1, …), rounded to two decimals;
 * null without votes. Longevity has 5 steps, sillage 4.
 */
export function meanStep(counts: readonly number[]): number | null {
  let votes = 0;
  let weighted = 0;
  counts.forEach((count, index) => {
    if (!(count > 0)) return;
    votes += count;
    weighted += count * (index + 1);
  });
  return votes === 0 ? null : Math.round((weighted / votes) * 100) / 100;
}

/** Sum of the positive, finite counts. */
export function voteSum(counts: Iterable<number>): number {
  let sum = 0;
  for (const count of counts) if (count > 0 && Number.isFinite(count)) sum += count;
  return Math.round(sum);
}
