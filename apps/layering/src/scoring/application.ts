import type { LayeringApplication } from '@scentence/api/schemas';
import type { AccordKey } from '@scentence/api/vocabulary';
import { type Localized, localize, perfumeLabel } from './labels';
import { type LayeringPerfume, strengthOf } from './layeringPerfume';

/** Accords that sit in a perfume's base and stay; the others lift off first. */
const BASE_ACCORDS: readonly AccordKey[] = [
  'woody',
  'amber',
  'resinous',
  'vanilla',
  'leathery',
  'smoky',
  'animalic',
  'gourmand',
  'earthy',
  'musky',
  'creamy',
  'chypre',
  'powdery',
];
const TOP_ACCORDS: readonly AccordKey[] = ['citrus', 'fresh', 'aquatic', 'green', 'fruity', 'aldehydic'];
const UNKNOWN_LONGEVITY = 3;
const UNKNOWN_SILLAGE = 2.5;

/** How heavy and lasting a perfume is: longevity first, then how much of it sits in the base. */
export function heavinessOf(perfume: LayeringPerfume): number {
  const sum = (keys: readonly AccordKey[]) => keys.reduce((total, key) => total + strengthOf(perfume, key), 0);
  return (
    (perfume.longevity ?? UNKNOWN_LONGEVITY) * 20 +
    (sum(BASE_ACCORDS) - sum(TOP_ACCORDS)) / 10 +
    (perfume.sillage ?? UNKNOWN_SILLAGE) * 5
  );
}

/** The heavier, longer-lasting perfume goes on first; ties go to the lower id. */
export function applicationOrder(a: LayeringPerfume, b: LayeringPerfume): [LayeringPerfume, LayeringPerfume] {
  const [x, y] = [heavinessOf(a), heavinessOf(b)];
  if (x !== y) return x > y ? [a, b] : [b, a];
  return a.id < b.id ? [a, b] : [b, a];
}

export interface ApplicationContext {
  /** The rules' score: a clash is tried with one spray each, apart. */
  score: number;
  contrast: boolean;
}

const sillageOf = (perfume: LayeringPerfume) => perfume.sillage ?? UNKNOWN_SILLAGE;

/** Projection adds up: 4 sprays in all, 3 when both project strongly, 2 (one each) to try a clash. */
function spraysFor(first: LayeringPerfume, second: LayeringPerfume, score: number): [number, number] {
  if (score < 40) return [1, 1];
  if (sillageOf(first) + sillageOf(second) >= 6) return [1, 2];
  const firstDominates = sillageOf(first) - sillageOf(second) >= 1 || (first.longevity ?? 0) >= 5;
  return firstDominates ? [1, 3] : [2, 2];
}

const STEP_TEXTS = {
  firstOnPulse: {
    ko: '{first:을/를} 손목과 목처럼 맥이 뛰는 곳에 {n}번 뿌려요',
    en: 'Spray {first} {n}× on the pulse points (wrists, neck)',
  },
  dry: {
    ko: '30초쯤 마르게 두세요 (문지르지 마세요)',
    en: "Let it dry for about 30 seconds (don't rub)",
  },
  secondOver: {
    ko: '{second:을/를} 같은 곳 위에 {m}번 겹쳐 뿌려요',
    en: 'Spray {second} {m}× over the same spots',
  },
  firstApart: {
    ko: '{first:을/를} 가슴이나 목 뒤에 {n}번 뿌려요',
    en: 'Spray {first} {n}× on the chest or the back of the neck',
  },
  secondApart: {
    ko: '{second:은/는} 손목에 {m}번 뿌려요. 두 향이 피부 위가 아니라 공기 중에서 만나요',
    en: 'Spray {second} {m}× on the wrists: the two meet in the air, not on the skin',
  },
  tryFirst: {
    ko: '처음에는 한 번씩만 뿌려 보고 어울리는지 확인하세요',
    en: 'Try one spray of each first and see whether you like it',
  },
} satisfies Record<string, Localized>;

/**
 * Which goes on first (the heavier base), how many sprays of each, and where: on the same pulse
 * points, or one perfume per spot when they contrast, clash or both project strongly.
 */
export function applicationAdvice(
  a: LayeringPerfume,
  b: LayeringPerfume,
  context: ApplicationContext,
): LayeringApplication {
  const [first, second] = applicationOrder(a, b);
  const [n, m] = spraysFor(first, second, context.score);
  const apart = context.contrast || context.score < 60 || (sillageOf(first) >= 3 && sillageOf(second) >= 3);
  const values = { first: perfumeLabel(first), second: perfumeLabel(second), n, m };
  const steps = apart
    ? [STEP_TEXTS.firstApart, STEP_TEXTS.secondApart]
    : [STEP_TEXTS.firstOnPulse, STEP_TEXTS.dry, STEP_TEXTS.secondOver];
  if (context.score < 40) steps.push(STEP_TEXTS.tryFirst);
  return {
    firstId: first.id,
    sprays: [
      { perfumeId: first.id, count: n },
      { perfumeId: second.id, count: m },
    ],
    totalSprays: n + m,
    placement: apart ? 'separate_spots' : 'same_spots',
    steps: steps.map((step) => localize(step, values)),
  };
}
