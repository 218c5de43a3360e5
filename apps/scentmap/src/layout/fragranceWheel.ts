import type { AccordKey } from '@scentence/api/vocabulary';

/** The wheel's four families, in the wheel's order. */
export const WHEEL_FAMILIES = ['fresh', 'floral', 'amber', 'woody'] as const;
export type WheelFamily = (typeof WHEEL_FAMILIES)[number];

export const WHEEL_FAMILY_LABELS: Readonly<Record<WheelFamily, { ko: string; en: string }>> = {
  fresh: { ko: '프레시', en: 'Fresh' },
  floral: { ko: '플로럴', en: 'Floral' },
  amber: { ko: '앰버', en: 'Amber' },
  woody: { ko: '우디', en: 'Woody' },
};

/**
 * Every accord around the wheel, clockwise from the top, each beside its neighbours on the
 * fragrance wheel: fresh (fougère and aromatic touch the woods where the circle closes) → floral →
 * amber → woody. `richness` places it from the centre (fresh, light) to the rim (rich, dense).
 */
export const WHEEL_SECTORS: readonly { accord: AccordKey; family: WheelFamily; richness: number }[] = [
  { accord: 'fougere', family: 'fresh', richness: 0.45 },
  { accord: 'aromatic', family: 'fresh', richness: 0.3 },
  { accord: 'citrus', family: 'fresh', richness: 0.05 },
  { accord: 'aquatic', family: 'fresh', richness: 0.1 },
  { accord: 'fresh', family: 'fresh', richness: 0.1 },
  { accord: 'green', family: 'fresh', richness: 0.2 },
  { accord: 'fruity', family: 'fresh', richness: 0.3 },
  { accord: 'floral', family: 'floral', richness: 0.4 },
  { accord: 'white_floral', family: 'floral', richness: 0.5 },
  { accord: 'aldehydic', family: 'floral', richness: 0.45 },
  { accord: 'powdery', family: 'floral', richness: 0.55 },
  { accord: 'musky', family: 'floral', richness: 0.5 },
  { accord: 'creamy', family: 'amber', richness: 0.6 },
  { accord: 'sweet', family: 'amber', richness: 0.65 },
  { accord: 'vanilla', family: 'amber', richness: 0.75 },
  { accord: 'gourmand', family: 'amber', richness: 0.8 },
  { accord: 'amber', family: 'amber', richness: 0.9 },
  { accord: 'resinous', family: 'amber', richness: 0.9 },
  { accord: 'spicy', family: 'amber', richness: 0.75 },
  { accord: 'woody', family: 'woody', richness: 0.65 },
  { accord: 'earthy', family: 'woody', richness: 0.7 },
  { accord: 'chypre', family: 'woody', richness: 0.7 },
  { accord: 'animalic', family: 'woody', richness: 0.9 },
  { accord: 'leathery', family: 'woody', richness: 0.95 },
  { accord: 'smoky', family: 'woody', richness: 0.95 },
];

/** The angle of sector k, clockwise from the top (radians, as on a screen whose y points up). */
export function sectorAngle(index: number): number {
  return Math.PI / 2 - (2 * Math.PI * index) / WHEEL_SECTORS.length;
}
