import type { Preference, WardrobeState } from '@scentence/api/schemas';

/** How much a preference says about taste: a disliked perfume pulls harder than a liked one pushes. */
export const PREFERENCE_WEIGHTS: Readonly<Record<Preference, number>> = { good: 2, neutral: 0, bad: -3 };

/** How much the state says: owning it counts fully, wishing for it less, having moved on least. */
export const STATE_WEIGHTS: Readonly<Record<WardrobeState, number>> = { have: 1, had: 0.5, wish: 0.7 };

/** The newest entries say more about taste now. */
export const RECENT_ENTRIES = 10;
export const RECENT_BOOST = 1.2;

/** One entry's weight in the taste profile: preference × state, × 1.2 for the ten newest. */
export function entryWeight(preference: Preference, state: WardrobeState, isRecent: boolean): number {
  return PREFERENCE_WEIGHTS[preference] * STATE_WEIGHTS[state] * (isRecent ? RECENT_BOOST : 1);
}
