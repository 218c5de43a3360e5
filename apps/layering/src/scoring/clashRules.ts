import type { LayeringReason } from '@scentence/api/schemas';
import { SEASONS, type SeasonKey } from '@scentence/api/vocabulary';
import { dominantMaterials } from './heavyMaterials';
import { joinLabels, type Localized, labelOf, localize, noteRef } from './labels';
import type { LayeringNote, LayeringPerfume } from './layeringPerfume';
import { traitsOf } from './perfumeTraits';
import { NO_CAP, type RuleFinding } from './ruleFinding';
import { SUGAR_ACCORDS, sweetnessOf } from './sweetness';

export const HEAVY_TWICE_POINTS = -30;
export const HEAVY_TWICE_CAP = 35;
/** Sillage 3 is "strong" on the catalog's 1–4 scale, 4 "enormous". */
export const LOUD_SILLAGE = 3;
export const LOUD_PAIR_SILLAGE = 7;
export const TWO_STRONG_POINTS = -8;
export const TWO_LOUD_POINTS = -20;
export const CLASH_CAP = 39;
export const SWEET_ON_SWEET = 60;
export const SUGAR_OVERLOAD = 75;
export const SWEET_ON_SWEET_POINTS = -10;
export const SUGAR_OVERLOAD_POINTS = -24;
/** A pyramid of this many distinct notes is very complex; two of them blur into noise. */
export const COMPLEX_NOTES = 12;
export const TWO_COMPLEX_POINTS = -14;
export const RISKY_CAP = 59;
/** A season both suit at least this much counts as shared. */
export const SHARED_SEASON_MIN = 30;
export const NO_SHARED_SEASON_POINTS = -6;

function finding(
  kind: LayeringReason['kind'],
  rule: string,
  points: number,
  cap: number,
  text: () => Localized,
  details: { notes?: LayeringNote[]; accords?: LayeringReason['accords'] } = {},
): RuleFinding {
  return {
    kind,
    rule,
    points,
    cap,
    reason: () => ({
      kind,
      rule,
      points,
      text: text(),
      accords: details.accords ?? [],
      notes: (details.notes ?? []).map(noteRef),
    }),
  };
}

function heavyTwice(first: LayeringPerfume, second: LayeringPerfume): RuleFinding[] {
  const inSecond = dominantMaterials(second);
  return dominantMaterials(first).flatMap(({ material, note }) => {
    const other = inSecond.find((found) => found.material.key === material.key);
    if (!other) return [];
    const carrier = note ?? other.note;
    return [
      finding(
        'clash',
        `clash.heavy_twice.${material.key}`,
        HEAVY_TWICE_POINTS,
        HEAVY_TWICE_CAP,
        () =>
          localize(
            {
              ko: '두 향수 모두 {material} 향이 주인공이에요. 겹치면 무겁고 답답해져요',
              en: 'Both are dominated by {material}: doubled, it turns heavy and flat',
            },
            { material: material.label },
          ),
        { notes: carrier ? [carrier] : [] },
      ),
    ];
  });
}

function loudness(first: LayeringPerfume, second: LayeringPerfume): RuleFinding[] {
  if (first.sillage === null || second.sillage === null) return [];
  if (first.sillage < LOUD_SILLAGE || second.sillage < LOUD_SILLAGE) return [];
  if (first.sillage + second.sillage >= LOUD_PAIR_SILLAGE) {
    return [
      finding('clash', 'clash.two_loud', TWO_LOUD_POINTS, CLASH_CAP, () => ({
        ko: '두 향수 모두 확산력이 아주 강해요. 함께 뿌리면 서로를 덮고 주변을 압도해요',
        en: 'Both project very strongly: together they drown each other out and fill the room',
      })),
    ];
  }
  return [
    finding('caution', 'caution.two_strong', TWO_STRONG_POINTS, NO_CAP, () => ({
      ko: '두 향수 모두 확산력이 강한 편이에요. 뿌리는 양을 줄이세요',
      en: 'Both project strongly: use fewer sprays',
    })),
  ];
}

function sugar(first: LayeringPerfume, second: LayeringPerfume): RuleFinding[] {
  const sweetness = Math.min(sweetnessOf(first), sweetnessOf(second));
  if (sweetness < SWEET_ON_SWEET) return [];
  const accords = [...SUGAR_ACCORDS];
  if (sweetness >= SUGAR_OVERLOAD) {
    return [
      finding(
        'clash',
        'clash.sugar_overload',
        SUGAR_OVERLOAD_POINTS,
        CLASH_CAP,
        () => ({
          ko: '둘 다 달콤한 향(바닐라·통카·캐러멜·구르망)이 강해서 겹치면 지나치게 달고 무거워져요',
          en: 'Both are sweet (vanilla, tonka, caramel, gourmand): stacked, the sugar turns cloying',
        }),
        { accords },
      ),
    ];
  }
  return [
    finding(
      'caution',
      'caution.sweet_on_sweet',
      SWEET_ON_SWEET_POINTS,
      NO_CAP,
      () => ({
        ko: '둘 다 단 편이라 겹치면 달콤함이 꽤 진해져요',
        en: 'Both lean sweet: together the sweetness adds up',
      }),
      { accords },
    ),
  ];
}

function complexity(first: LayeringPerfume, second: LayeringPerfume): RuleFinding[] {
  if (traitsOf(first).distinctNotes < COMPLEX_NOTES || traitsOf(second).distinctNotes < COMPLEX_NOTES) return [];
  return [
    finding('clash', 'clash.two_complex', TWO_COMPLEX_POINTS, RISKY_CAP, () => ({
      ko: '두 향수 모두 노트가 아주 많은 복잡한 향이라 섞으면 각자의 개성이 흐려지고 탁해져요',
      en: 'Both are very complex compositions: mixed, each loses its shape and the blend turns muddy',
    })),
  ];
}

function bestSeasons(perfume: LayeringPerfume): SeasonKey[] {
  return (Object.entries(perfume.seasons) as [SeasonKey, number][])
    .filter(([, share]) => share >= 60)
    .map(([key]) => key);
}

function seasons(first: LayeringPerfume, second: LayeringPerfume): RuleFinding[] {
  if (Object.keys(first.seasons).length === 0 || Object.keys(second.seasons).length === 0) return [];
  const shared = SEASONS.some(
    ({ key }) => Math.min(first.seasons[key] ?? 0, second.seasons[key] ?? 0) >= SHARED_SEASON_MIN,
  );
  if (shared) return [];
  const names = (perfume: LayeringPerfume) => joinLabels(bestSeasons(perfume).map((key) => labelOf(SEASONS, key)));
  return [
    finding('season', 'season.none_shared', NO_SHARED_SEASON_POINTS, NO_CAP, () =>
      localize(
        {
          ko: '함께 어울리는 계절이 없어요 ({a}: {as}, {b}: {bs})',
          en: 'They suit no season together ({a}: {as}; {b}: {bs})',
        },
        {
          a: { ko: first.nameKo ?? first.name, en: first.name },
          b: { ko: second.nameKo ?? second.name, en: second.name },
          as: names(first),
          bs: names(second),
        },
      ),
    ),
  ];
}

/** Every clash and caution rule the pair breaks (docs/layering.md, "Clashes"). `first` has the lower id. */
export function clashFindings(first: LayeringPerfume, second: LayeringPerfume): RuleFinding[] {
  return [
    ...heavyTwice(first, second),
    ...loudness(first, second),
    ...sugar(first, second),
    ...complexity(first, second),
    ...seasons(first, second),
  ];
}
