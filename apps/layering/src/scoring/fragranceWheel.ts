import type { AccordKey } from '@scentence/api/vocabulary';

/**
 * Michael Edwards' fragrance wheel (14 families, 2010 edition), in order around the circle.
 * Neighbours blend into each other; families across the circle contrast (docs/layering.md).
 */
export const WHEEL_FAMILIES = [
  'fruity',
  'floral',
  'soft floral',
  'floral amber',
  'soft amber',
  'amber',
  'woody amber',
  'woods',
  'mossy woods',
  'dry woods',
  'aromatic',
  'citrus',
  'water',
  'green',
] as const;

/** Where each of our accords sits on the wheel (an index of WHEEL_FAMILIES). */
export const ACCORD_WHEEL_POSITION: Readonly<Record<AccordKey, number>> = {
  fruity: 0,
  floral: 1,
  white_floral: 1,
  powdery: 2,
  aldehydic: 2,
  musky: 2,
  sweet: 3,
  creamy: 3,
  vanilla: 4,
  gourmand: 4,
  amber: 5,
  spicy: 5,
  resinous: 5,
  animalic: 6,
  woody: 7,
  earthy: 8,
  chypre: 8,
  smoky: 9,
  leathery: 9,
  aromatic: 10,
  fougere: 10,
  citrus: 11,
  aquatic: 12,
  fresh: 12,
  green: 13,
};

const HALF_WHEEL = WHEEL_FAMILIES.length / 2;

/** Steps between two accords around the wheel: 0 (same family) … 7 (straight across). */
export function wheelDistance(a: AccordKey, b: AccordKey): number {
  const steps = Math.abs(ACCORD_WHEEL_POSITION[a] - ACCORD_WHEEL_POSITION[b]);
  return Math.min(steps, 2 * HALF_WHEEL - steps);
}

/** Straight across the wheel: seven steps apart. */
export const OPPOSITE_DISTANCE = 7;
