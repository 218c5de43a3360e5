import type { AccordKey } from '@scentence/api/vocabulary';
import { ACCORD_COMPLEMENTS } from './complementRules';
import { OPPOSITE_DISTANCE, wheelDistance } from './fragranceWheel';
import { dominantMaterials } from './heavyMaterials';
import { accordLabel, localize, perfumeLabel } from './labels';
import type { LayeringPerfume } from './layeringPerfume';
import { traitsOf } from './perfumeTraits';
import { type RuleFinding, uncappedFinding } from './ruleFinding';

/** A contrast the rules allow, and say so: it lifts the score like a complement does. */
export const CONTRAST_POINTS = 12;
/** Both main accords must be at least this strong: a contrast is between two clear characters. */
export const CONTRAST_MIN_STRENGTH = 70;

/** Musk sits under everything; it contrasts with nothing. */
const NEUTRAL_ACCORDS = new Set<AccordKey>(['musky']);

function isComplement(x: AccordKey, y: AccordKey): boolean {
  return ACCORD_COMPLEMENTS.some(
    (rule) => (rule.a.includes(x) && rule.b.includes(y)) || (rule.a.includes(y) && rule.b.includes(x)),
  );
}

/** The main accords (the strongest, or tied with it), strong enough to stand for the perfume. */
export function mainAccords(perfume: LayeringPerfume): AccordKey[] {
  const { ranked } = traitsOf(perfume);
  const top = ranked[0]?.[1] ?? 0;
  return ranked.filter(([, strength]) => strength === top && strength >= CONTRAST_MIN_STRENGTH).map(([key]) => key);
}

/** Main accords of each straight across the wheel from each other, not already a known complement. */
function oppositeMains(first: LayeringPerfume, second: LayeringPerfume): [AccordKey, AccordKey] | null {
  for (const x of mainAccords(first)) {
    for (const y of mainAccords(second)) {
      if (NEUTRAL_ACCORDS.has(x) || NEUTRAL_ACCORDS.has(y) || isComplement(x, y)) continue;
      if (wheelDistance(x, y) >= OPPOSITE_DISTANCE) return [x, y];
    }
  }
  return null;
}

const isRose = (perfume: LayeringPerfume) =>
  traitsOf(perfume).notesByWord.has('rose') && traitsOf(perfume).leads.includes('floral');
const isOud = (perfume: LayeringPerfume) => dominantMaterials(perfume).some(({ material }) => material.key === 'oud');

/**
 * Opposite sides of the fragrance wheel (citrus ↔ vanilla, fresh ↔ amber), and rose ↔ oud, the
 * classic contrast of Middle-Eastern perfumery (docs/layering.md, "Contrast"). `first` has the lower id.
 */
export function contrastFinding(first: LayeringPerfume, second: LayeringPerfume): RuleFinding | null {
  const roseOud =
    isRose(first) && isOud(second) ? [first, second] : isRose(second) && isOud(first) ? [second, first] : null;
  if (roseOud) {
    const [rose, oud] = roseOud as [LayeringPerfume, LayeringPerfume];
    return uncappedFinding('contrast', 'contrast.rose_oud', CONTRAST_POINTS, () => ({
      text: localize(
        {
          ko: '{rose}의 장미와 {oud}의 우드는 서로 반대편의 향이에요. 중동 향수의 고전적인 대비로, 장미가 우드의 어두움을 밝혀 줘요',
          en: "{rose}'s rose against {oud}'s oud: the classic contrast of Middle-Eastern perfumery, the rose lighting up the dark wood",
        },
        { rose: perfumeLabel(rose), oud: perfumeLabel(oud) },
      ),
      accords: ['floral', 'woody'],
    }));
  }
  const opposite = oppositeMains(first, second);
  if (!opposite) return null;
  const [x, y] = opposite;
  return uncappedFinding('contrast', 'contrast.opposite_families', CONTRAST_POINTS, () => ({
    text: localize(
      {
        ko: '{a}의 {x:와/과} {b}의 {y:은/는} 향의 바퀴에서 서로 반대편이에요. 대비가 뚜렷한 조합이라 양을 맞추면 인상적이에요',
        en: "{a}'s {x} and {b}'s {y} sit across the fragrance wheel: a clear contrast, striking when the amounts are balanced",
      },
      { a: perfumeLabel(first), b: perfumeLabel(second), x: accordLabel(x), y: accordLabel(y) },
    ),
    accords: [x, y],
  }));
}
