import type { LayeringPair } from '@scentence/api/schemas';
import { type AccordKey, OCCASIONS, type OccasionKey, SEASONS, type SeasonKey } from '@scentence/api/vocabulary';
import { joinLabels, type Localized, labelOf, localize } from './labels';
import { type LayeringPerfume, strengthOf } from './layeringPerfume';

type Weights<K extends string> = Partial<Record<AccordKey, Partial<Record<K, number>>>>;

/**
 * When the catalog has no votes for a perfume (an import without them), its seasons are read
 * from its accords: fresh families in spring and summer, warm ones in fall and winter
 * (docs/layering.md, "When to wear").
 */
const SEASONS_BY_ACCORD: Weights<SeasonKey> = {
  citrus: { spring: 0.8, summer: 1 },
  fresh: { spring: 0.8, summer: 1 },
  aquatic: { spring: 0.6, summer: 1 },
  green: { spring: 1, summer: 0.7 },
  fruity: { spring: 0.9, summer: 0.8 },
  floral: { spring: 1, summer: 0.6, fall: 0.3 },
  white_floral: { spring: 0.9, summer: 0.8 },
  aromatic: { spring: 0.8, summer: 0.6, fall: 0.5 },
  fougere: { spring: 0.7, fall: 0.7 },
  aldehydic: { spring: 0.6, fall: 0.4, winter: 0.6 },
  powdery: { spring: 0.7, fall: 0.6, winter: 0.5 },
  musky: { spring: 0.6, summer: 0.5, fall: 0.6, winter: 0.5 },
  chypre: { spring: 0.5, fall: 0.8 },
  woody: { fall: 1, winter: 0.7, spring: 0.3 },
  earthy: { fall: 1, winter: 0.6 },
  spicy: { fall: 0.9, winter: 1 },
  amber: { fall: 0.8, winter: 1 },
  resinous: { fall: 0.7, winter: 1 },
  vanilla: { fall: 0.8, winter: 1 },
  gourmand: { fall: 0.7, winter: 1 },
  sweet: { fall: 0.7, winter: 0.8, spring: 0.3 },
  creamy: { fall: 0.7, winter: 0.8 },
  smoky: { fall: 0.8, winter: 1 },
  leathery: { fall: 1, winter: 0.9 },
  animalic: { fall: 0.7, winter: 1 },
};

const OCCASIONS_BY_ACCORD: Weights<OccasionKey> = {
  citrus: { daily: 1, leisure: 0.8, sport: 0.7 },
  fresh: { daily: 1, business: 0.6, sport: 0.9 },
  aquatic: { daily: 0.8, leisure: 0.9, sport: 1 },
  green: { daily: 1, leisure: 0.8 },
  fruity: { daily: 0.8, leisure: 1, night_out: 0.4 },
  floral: { daily: 1, business: 0.5, evening: 0.4 },
  white_floral: { daily: 0.6, evening: 1 },
  aromatic: { daily: 0.8, business: 1 },
  fougere: { daily: 0.7, business: 1 },
  aldehydic: { business: 0.9, evening: 0.7 },
  powdery: { daily: 0.8, business: 0.8 },
  musky: { daily: 1, business: 0.7 },
  chypre: { business: 1, evening: 0.6 },
  woody: { daily: 0.7, business: 1, evening: 0.6 },
  earthy: { business: 0.6, evening: 0.7 },
  spicy: { evening: 1, night_out: 0.7 },
  amber: { evening: 1, night_out: 0.8 },
  resinous: { evening: 1 },
  vanilla: { evening: 0.8, night_out: 1 },
  gourmand: { night_out: 1, leisure: 0.6 },
  sweet: { night_out: 1, leisure: 0.6 },
  creamy: { daily: 0.6, evening: 0.6 },
  smoky: { evening: 1 },
  leathery: { evening: 1, night_out: 0.6 },
  animalic: { night_out: 1, evening: 0.8 },
};

/** Both suit a season or occasion from this overlap on (0–100). */
export const WEAR_OVERLAP_MIN = 40;

function estimated<K extends string>(perfume: LayeringPerfume, table: Weights<K>, keys: readonly K[]) {
  const totals = new Map<K, number>(keys.map((key) => [key, 0]));
  for (const [accord, weights] of Object.entries(table) as [AccordKey, Partial<Record<K, number>>][]) {
    const strength = strengthOf(perfume, accord);
    for (const [key, weight] of Object.entries(weights) as [K, number][]) {
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
    Object.keys(p.seasons).length > 0 ? p.seasons : estimated(p, SEASONS_BY_ACCORD, SEASON_KEYS);
  const occasionsOf = (p: LayeringPerfume) =>
    Object.keys(p.occasions).length > 0 ? p.occasions : estimated(p, OCCASIONS_BY_ACCORD, OCCASION_KEYS);
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
