/**
 * How sure a name match is, 0..1. The order is the point: a query that names the house and the
 * perfume beats one that names the perfume alone, which beats a prefix, a typo, and last the
 * perfumes that only share the house.
 */
export const NAME_MATCH_SCORE = {
  /** House and name both given and exact ("르라보 상탈33", "diorsauvage"). */
  brandAndName: 1,
  /** The perfume's name (or an alias of it) exactly. */
  name: 0.9,
  /** House exact, name a prefix: 0.8 … 0.9 by how much of the name was typed. */
  brandAndNamePrefix: 0.8,
  /** A prefix of the name: 0.7 … 0.8. */
  namePrefix: 0.7,
  /** Inside the name: 0.6 … 0.7. */
  nameContains: 0.6,
  /** House exact, name misspelt: 0.55 + 0.4 × similarity. */
  brandAndFuzzyName: 0.55,
  /** Misspelt: 0.85 × similarity. */
  fuzzy: 0.85,
  /** The query is a house and nothing else ("르라보", "memo"): its perfumes, above prefixes of other names. */
  brand: 0.75,
  /** The house and words that name none of its perfumes. */
  brandAndOtherWords: 0.5,
} as const;

/** From this score on a match is what the person meant; below it, offer "did you mean". */
export const CONFIDENT_NAME_SCORE = 0.85;

/** Letter similarity (jamo level) below which a misspelt name is not offered at all. */
export const MIN_FUZZY_SIMILARITY = 0.65;
