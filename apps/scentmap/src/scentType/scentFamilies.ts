import { SCENT_FAMILIES, type ScentFamily } from '@scentence/api/schemas';
import type { AccordKey } from '@scentence/api/vocabulary';

/** Each accord's family for the personas: seven families, so 28 pairs, each with its persona. */
export const SCENT_FAMILY_OF_ACCORD: Readonly<Record<AccordKey, ScentFamily>> = {
  citrus: 'citrus',
  fruity: 'citrus',
  green: 'fresh',
  aquatic: 'fresh',
  fresh: 'fresh',
  aromatic: 'fresh',
  fougere: 'fresh',
  floral: 'floral',
  white_floral: 'floral',
  powdery: 'soft',
  musky: 'soft',
  aldehydic: 'soft',
  creamy: 'soft',
  sweet: 'sweet',
  gourmand: 'sweet',
  vanilla: 'sweet',
  amber: 'amber',
  spicy: 'amber',
  resinous: 'amber',
  woody: 'woody',
  earthy: 'woody',
  chypre: 'woody',
  smoky: 'woody',
  leathery: 'woody',
  animalic: 'woody',
};

/** The persona key of two families, in the families' order: `citrus-woody`, never `woody-citrus`. */
export function familyPairKey(a: ScentFamily, b: ScentFamily): string {
  const [first, second] = SCENT_FAMILIES.indexOf(a) <= SCENT_FAMILIES.indexOf(b) ? [a, b] : [b, a];
  return `${first}-${second}`;
}
