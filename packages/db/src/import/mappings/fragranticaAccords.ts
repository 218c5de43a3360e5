import type { AccordKey } from '@scentence/api/vocabulary';
import { type AccordStrengths, foldAccords } from './accordStrengths';

/**
 * Fragrantica's accords (lower-cased, as both Fragrantica files spell them, typos included)
 * → project accord keys. Grouped by the key they fold into; the README explains the calls.
 */
export const FRAGRANTICA_ACCORDS: Readonly<Record<string, AccordKey>> = {
  citrus: 'citrus',
  sour: 'citrus',

  fruity: 'fruity',
  tropical: 'fruity',
  cherry: 'fruity',
  wine: 'fruity',
  'white wine': 'fruity',
  champagne: 'fruity',

  green: 'green',
  bitter: 'green',
  cannabis: 'green',

  aquatic: 'aquatic',
  marine: 'aquatic',
  watery: 'aquatic',
  salty: 'aquatic',

  fresh: 'fresh',
  ozonic: 'fresh',
  vodka: 'fresh',
  alcohol: 'fresh',
  martini: 'fresh',

  aromatic: 'aromatic',
  herbal: 'aromatic',
  lavender: 'aromatic',
  camphor: 'aromatic',
  terpenic: 'aromatic',
  anis: 'aromatic',
  ani: 'aromatic',

  floral: 'floral',
  rose: 'floral',
  'yellow floral': 'floral',
  violet: 'floral',

  'white floral': 'white_floral',
  tuberose: 'white_floral',
  narcotic: 'white_floral',

  powdery: 'powdery',
  iris: 'powdery',

  sweet: 'sweet',
  honey: 'sweet',
  beeswax: 'sweet',
  'coca-cola': 'sweet',
  'coca cola': 'sweet',

  gourmand: 'gourmand',
  cacao: 'gourmand',
  chocolate: 'gourmand',
  caramel: 'gourmand',
  caramela: 'gourmand',
  coffee: 'gourmand',
  almond: 'gourmand',
  nutty: 'gourmand',
  rum: 'gourmand',
  whiskey: 'gourmand',
  cognac: 'gourmand',

  vanilla: 'vanilla',

  creamy: 'creamy',
  lactonic: 'creamy',
  milky: 'creamy',
  coconut: 'creamy',

  spicy: 'spicy',
  'warm spicy': 'spicy',
  'fresh spicy': 'spicy',
  'soft spicy': 'spicy',
  cinnamon: 'spicy',
  savory: 'spicy',

  amber: 'amber',
  oriental: 'amber',

  woody: 'woody',
  oud: 'woody',
  conifer: 'woody',
  foresty: 'woody',

  balsamic: 'resinous',

  smoky: 'smoky',
  tobacco: 'smoky',
  asphault: 'smoky',
  bbq: 'smoky',

  leather: 'leathery',
  rubber: 'leathery',
  vinil: 'leathery',
  vinyl: 'leathery',
  'tennis ball': 'leathery',

  animalic: 'animalic',

  musky: 'musky',

  earthy: 'earthy',
  patchouli: 'earthy',
  mineral: 'earthy',
  sand: 'earthy',
  clay: 'earthy',
  'wet plaster': 'earthy',

  mossy: 'chypre',

  aldehydic: 'aldehydic',
  soapy: 'aldehydic',
  metallic: 'aldehydic',
  plastic: 'aldehydic',
  'industrial glue': 'aldehydic',
};

/** The CSV lists accords strongest first without strengths: the first is 100, each next 10 less, never below 40. */
export function strengthFromRank(rank: number): number {
  return Math.max(40, 100 - rank * 10);
}

/** Fragrantica CSV accords (a ranked list) → project accord strengths. */
export function rankedFragranticaAccords(names: readonly string[]): AccordStrengths {
  return foldAccords(
    names.map((name, rank) => [name, strengthFromRank(rank)] as const),
    FRAGRANTICA_ACCORDS,
  );
}

/** Fragrantica JSON accords (name → strength 0–100) → project accord strengths. */
export function weightedFragranticaAccords(strengths: Record<string, number>): AccordStrengths {
  return foldAccords(Object.entries(strengths), FRAGRANTICA_ACCORDS);
}

/** Words of Fragrantica's family line ("… is a Oriental Fougere fragrance for women") → accord keys. */
export const FRAGRANTICA_FAMILIES: Readonly<Record<string, AccordKey>> = {
  oriental: 'amber',
  floral: 'floral',
  woody: 'woody',
  aromatic: 'aromatic',
  chypre: 'chypre',
  fougere: 'fougere',
  citrus: 'citrus',
  fruity: 'fruity',
  gourmand: 'gourmand',
  vanilla: 'vanilla',
  spicy: 'spicy',
  green: 'green',
  aquatic: 'aquatic',
  leather: 'leathery',
  musk: 'musky',
  aldehyde: 'aldehydic',
};

/** Chypre and fougère are families, never accords, on Fragrantica: the family line is their only source. */
export const FAMILY_ONLY_STRENGTH = 60;

/** The family words of a Fragrantica description, in order: "Oriental Fougere" → ["oriental", "fougere"]. */
export function familyWords(description: string): string[] {
  const family = / is an? ([A-Za-zèé ]*?) ?fragrance for\b/.exec(description)?.[1] ?? '';
  return family.toLowerCase().replace(/è/g, 'e').split(/\s+/).filter(Boolean);
}

/**
 * Accords for a Fragrantica JSON row: its weighted accords, plus chypre / fougère from the
 * family line; a row without accords falls back to the family words ranked like the CSV's list.
 */
export function fragranticaJsonAccords(strengths: Record<string, number>, description: string): AccordStrengths {
  const words = familyWords(description);
  const accords = weightedFragranticaAccords(strengths);
  if (Object.keys(accords).length === 0) {
    return foldAccords(
      words.map((word, rank) => [word, strengthFromRank(rank)] as const),
      FRAGRANTICA_FAMILIES,
    );
  }
  for (const word of words) {
    const key = FRAGRANTICA_FAMILIES[word];
    if ((key === 'chypre' || key === 'fougere') && accords[key] === undefined) accords[key] = FAMILY_ONLY_STRENGTH;
  }
  return accords;
}
