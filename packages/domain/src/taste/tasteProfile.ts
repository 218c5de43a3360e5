import type { Preference, TasteProfile, WardrobeState } from '@scentence/api/schemas';
import { type AccordKey, GENDER_KEYS, type GenderKey, SEASON_KEYS, type SeasonKey } from '@scentence/api/vocabulary';
import { entryWeight, RECENT_ENTRIES } from './tasteWeights';

export interface TasteNote {
  slug: string;
  name: string;
  nameKo: string | null;
}

/** What the catalog says about one perfume, as much as the taste profile reads. */
export interface TastePerfume {
  gender: GenderKey;
  /** Accord strengths 0–100. */
  accords: readonly { key: AccordKey; strength: number }[];
  notes: readonly TasteNote[];
  /** The seasons it fits. */
  seasons: readonly SeasonKey[];
}

export interface TasteEntry {
  perfumeId: number;
  state: WardrobeState;
  preference: Preference;
  /** ISO date-time: the newest entries weigh more. */
  addedAt: string;
  perfume: TastePerfume;
}

export interface WeightedPerfume {
  perfumeId: number;
  weight: number;
}

export interface Taste {
  profile: TasteProfile;
  /** Every entry that counts (weight ≠ 0), heaviest first: liked ones positive, disliked negative. */
  weights: WeightedPerfume[];
}

/** How many liked and disliked notes the profile lists. */
export const TASTE_NOTES_SHOWN = 10;

export const EMPTY_TASTE_PROFILE: TasteProfile = {
  entries: 0,
  accords: [],
  avoidedAccords: [],
  likedNotes: [],
  dislikedNotes: [],
  seasons: [],
  genders: [],
};

const round1 = (value: number) => Math.round(value * 10) / 10;

function newestFirst(entries: readonly TasteEntry[]): TasteEntry[] {
  const dated = entries.map((entry) => ({ entry, at: Date.parse(entry.addedAt) }));
  dated.sort((a, b) => b.at - a.at || b.entry.perfumeId - a.entry.perfumeId);
  return dated.map(({ entry }) => entry);
}

/** Keys scaled so that the largest is 100, largest first; keys that round to 0 are left out. */
function scaledToHundred<K extends string>(totals: Map<K, number>): { key: K; weight: number }[] {
  const largest = Math.max(0, ...totals.values());
  if (largest === 0) return [];
  return [...totals]
    .map(([key, total]) => ({ key, weight: round1((total / largest) * 100) }))
    .filter((item) => item.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.key.localeCompare(b.key));
}

/** The notes of these perfumes, the most frequent first (ties: the heavier, then by slug). */
function frequentNotes(entries: readonly { entry: TasteEntry; weight: number }[]) {
  const notes = new Map<string, TasteNote & { count: number; weight: number }>();
  for (const { entry, weight } of entries) {
    for (const note of entry.perfume.notes) {
      const known = notes.get(note.slug) ?? { ...note, count: 0, weight: 0 };
      known.count += 1;
      known.weight += Math.abs(weight);
      notes.set(note.slug, known);
    }
  }
  return [...notes.values()]
    .sort((a, b) => b.count - a.count || b.weight - a.weight || a.slug.localeCompare(b.slug))
    .slice(0, TASTE_NOTES_SHOWN)
    .map(({ slug, name, nameKo, count }) => ({ slug, name, nameKo, count }));
}

/** Each key's share (0–100) of the total weight of the liked perfumes, in the vocabulary's order. */
function shares<K extends string>(
  keys: readonly K[],
  liked: readonly { entry: TasteEntry; weight: number }[],
  fits: (perfume: TastePerfume, key: K) => boolean,
) {
  const total = liked.reduce((sum, { weight }) => sum + weight, 0);
  return keys.map((key) => {
    const fitting = liked.filter(({ entry }) => fits(entry.perfume, key)).reduce((sum, { weight }) => sum + weight, 0);
    return { key, share: round1((fitting / total) * 100) };
  });
}

/**
 * The taste a wardrobe shows. Each entry weighs preference (good 2, neutral 0, bad −3) × state
 * (have 1, had 0.5, wish 0.7), × 1.2 for the ten newest. Accords sum weight × strength: what
 * stays above zero is liked (scaled so the strongest is 100), what falls below is avoided. Notes
 * are counted over the liked and the disliked perfumes; seasons and genders are shares of the
 * liked perfumes' weight. Nothing liked: an empty profile (avoided accords and disliked notes
 * may still show).
 */
export function tasteOf(entries: readonly TasteEntry[]): Taste {
  const weighted = newestFirst(entries)
    .map((entry, index) => ({ entry, weight: entryWeight(entry.preference, entry.state, index < RECENT_ENTRIES) }))
    .filter(({ weight }) => weight !== 0);
  const liked = weighted.filter(({ weight }) => weight > 0);
  const disliked = weighted.filter(({ weight }) => weight < 0);

  const accordTotals = new Map<AccordKey, number>();
  for (const { entry, weight } of weighted) {
    for (const accord of entry.perfume.accords) {
      accordTotals.set(accord.key, (accordTotals.get(accord.key) ?? 0) + (weight * accord.strength) / 100);
    }
  }
  const positive = new Map([...accordTotals].filter(([, total]) => total > 0));
  const negative = new Map([...accordTotals].filter(([, total]) => total < 0).map(([key, total]) => [key, -total]));

  const profile: TasteProfile = {
    entries: liked.length,
    accords: scaledToHundred(positive),
    avoidedAccords: scaledToHundred(negative),
    likedNotes: frequentNotes(liked),
    dislikedNotes: frequentNotes(disliked),
    seasons: liked.length === 0 ? [] : shares(SEASON_KEYS, liked, (perfume, key) => perfume.seasons.includes(key)),
    genders: liked.length === 0 ? [] : shares(GENDER_KEYS, liked, (perfume, key) => perfume.gender === key),
  };
  const weights = weighted
    .map(({ entry, weight }) => ({ perfumeId: entry.perfumeId, weight }))
    .sort((a, b) => b.weight - a.weight || a.perfumeId - b.perfumeId);
  return { profile, weights };
}
