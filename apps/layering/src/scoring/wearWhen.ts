import type { LayeringPair } from '@scentence/api/schemas';
import { type AccordKey, OCCASIONS, type OccasionKey, SEASONS, type SeasonKey } from '@scentence/api/vocabulary';
import { joinLabels, type Localized, labelOf, localize } from './labels';
import { type LayeringPerfume, strengthOf } from './layeringPerfume';

interface AccordWear {
  seasons: Partial<Record<SeasonKey, number>>;
  occasions: Partial<Record<OccasionKey, number>>;
}

/**
 * When the catalog has no votes for a perfume (an import without them), its seasons and occasions
 * are read from its accords: fresh families in spring and summer and for the day, warm ones in
 * fall and winter and for the evening (docs/layering.md, "When to wear"). Weights 0–1.
 */
const WEAR_BY_ACCORD: Partial<Record<AccordKey, AccordWear>> = {
  citrus: { seasons: { spring: 0.8, summer: 1 }, occasions: { daily: 1, leisure: 0.8, sport: 0.7 } },
  fresh: { seasons: { spring: 0.8, summer: 1 }, occasions: { daily: 1, business: 0.6, sport: 0.9 } },
  aquatic: { seasons: { spring: 0.6, summer: 1 }, occasions: { daily: 0.8, leisure: 0.9, sport: 1 } },
  green: { seasons: { spring: 1, summer: 0.7 }, occasions: { daily: 1, leisure: 0.8 } },
  fruity: { seasons: { spring: 0.9, summer: 0.8 }, occasions: { daily: 0.8, leisure: 1, night_out: 0.4 } },
  floral: { seasons: { spring: 1, summer: 0.6, fall: 0.3 }, occasions: { daily: 1, business: 0.5, evening: 0.4 } },
  white_floral: { seasons: { spring: 0.9, summer: 0.8 }, occasions: { daily: 0.6, evening: 1 } },
  aromatic: { seasons: { spring: 0.8, summer: 0.6, fall: 0.5 }, occasions: { daily: 0.8, business: 1 } },
  fougere: { seasons: { spring: 0.7, fall: 0.7 }, occasions: { daily: 0.7, business: 1 } },
  aldehydic: { seasons: { spring: 0.6, fall: 0.4, winter: 0.6 }, occasions: { business: 0.9, evening: 0.7 } },
  powdery: { seasons: { spring: 0.7, fall: 0.6, winter: 0.5 }, occasions: { daily: 0.8, business: 0.8 } },
  musky: { seasons: { spring: 0.6, summer: 0.5, fall: 0.6, winter: 0.5 }, occasions: { daily: 1, business: 0.7 } },
  chypre: { seasons: { spring: 0.5, fall: 0.8 }, occasions: { business: 1, evening: 0.6 } },
  woody: { seasons: { fall: 1, winter: 0.7, spring: 0.3 }, occasions: { daily: 0.7, business: 1, evening: 0.6 } },
  earthy: { seasons: { fall: 1, winter: 0.6 }, occasions: { business: 0.6, evening: 0.7 } },
  spicy: { seasons: { fall: 0.9, winter: 1 }, occasions: { evening: 1, night_out: 0.7 } },
  amber: { seasons: { fall: 0.8, winter: 1 }, occasions: { evening: 1, night_out: 0.8 } },
  resinous: { seasons: { fall: 0.7, winter: 1 }, occasions: { evening: 1 } },
  vanilla: { seasons: { fall: 0.8, winter: 1 }, occasions: { evening: 0.8, night_out: 1 } },
  gourmand: { seasons: { fall: 0.7, winter: 1 }, occasions: { night_out: 1, leisure: 0.6 } },
  sweet: { seasons: { fall: 0.7, winter: 0.8, spring: 0.3 }, occasions: { night_out: 1, leisure: 0.6 } },
  creamy: { seasons: { fall: 0.7, winter: 0.8 }, occasions: { daily: 0.6, evening: 0.6 } },
  smoky: { seasons: { fall: 0.8, winter: 1 }, occasions: { evening: 1 } },
  leathery: { seasons: { fall: 1, winter: 0.9 }, occasions: { evening: 1, night_out: 0.6 } },
  animalic: { seasons: { fall: 0.7, winter: 1 }, occasions: { night_out: 1, evening: 0.8 } },
};

/** Both suit a season or occasion from this overlap on (0–100). */
export const WEAR_OVERLAP_MIN = 40;

function estimated<K extends string>(
  perfume: LayeringPerfume,
  keys: readonly K[],
  weightsOf: (wear: AccordWear) => Partial<Record<K, number>>,
) {
  const totals = new Map<K, number>(keys.map((key) => [key, 0]));
  for (const [accord, wear] of Object.entries(WEAR_BY_ACCORD) as [AccordKey, AccordWear][]) {
    const strength = strengthOf(perfume, accord);
    for (const [key, weight] of Object.entries(weightsOf(wear)) as [K, number][]) {
      totals.set(key, (totals.get(key) ?? 0) + strength * weight);
    }
  }
  const best = Math.max(...totals.values());
  return Object.fromEntries(
    [...totals].map(([key, total]) => [key, best > 0 ? Math.round((total / best) * 100) : 0]),
  ) as Partial<Record<K, number>>;
}

function overlap<K extends string>(a: Partial<Record<K, number>>, b: Partial<Record<K, number>>, keys: readonly K[]) {
  return keys
    .map((key) => ({ key, share: Math.min(a[key] ?? 0, b[key] ?? 0) }))
    .filter((entry) => entry.share >= WEAR_OVERLAP_MIN)
    .sort((x, y) => y.share - x.share || keys.indexOf(x.key) - keys.indexOf(y.key));
}

const SEASON_KEYS = SEASONS.map((season) => season.key);
const OCCASION_KEYS = OCCASIONS.map((occasion) => occasion.key);

/** The seasons and occasions both perfumes suit, from the catalog's shares or, without them, from the accords. */
export function wearWhen(a: LayeringPerfume, b: LayeringPerfume): LayeringPair['when'] {
  const guessed = [a, b].some((p) => Object.keys(p.seasons).length === 0 || Object.keys(p.occasions).length === 0);
  const seasonsOf = (p: LayeringPerfume) =>
    Object.keys(p.seasons).length > 0 ? p.seasons : estimated(p, SEASON_KEYS, (wear) => wear.seasons);
  const occasionsOf = (p: LayeringPerfume) =>
    Object.keys(p.occasions).length > 0 ? p.occasions : estimated(p, OCCASION_KEYS, (wear) => wear.occasions);
  const seasons = overlap(seasonsOf(a), seasonsOf(b), SEASON_KEYS);
  const occasions = overlap(occasionsOf(a), occasionsOf(b), OCCASION_KEYS);
  return { seasons, occasions, text: whenText(seasons, occasions, guessed) };
}

function whenText(
  seasons: readonly { key: SeasonKey }[],
  occasions: readonly { key: OccasionKey }[],
  guessed: boolean,
): Localized {
  const seasonNames = joinLabels(seasons.slice(0, 2).map(({ key }) => labelOf(SEASONS, key)));
  const occasionNames = joinLabels(occasions.slice(0, 2).map(({ key }) => labelOf(OCCASIONS, key)));
  const note: Localized = guessed
    ? { ko: ' (향의 계열로 짐작했어요)', en: ' (estimated from the accords)' }
    : { ko: '', en: '' };
  if (seasons.length === 0) {
    return localize(
      {
        ko: '함께 어울리는 계절은 없어요. 환절기에 가볍게 시험해 보세요{note}',
        en: 'They share no season: try them lightly between seasons{note}',
      },
      { note },
    );
  }
  const template: Localized =
    occasions.length > 0
      ? { ko: '{seasons}, {occasions}에 잘 어울려요{note}', en: 'Best in {seasons}, for {occasions}{note}' }
      : { ko: '{seasons}에 잘 어울려요{note}', en: 'Best in {seasons}{note}' };
  return localize(template, {
    seasons: seasonNames,
    occasions: { ko: occasionNames.ko, en: occasionNames.en.toLowerCase() },
    note,
  });
}
