import type { AccordKey } from '@scentence/api/vocabulary';

export type Gender = 'feminine' | 'masculine' | 'unisex';
export type Season = 'spring' | 'summer' | 'fall' | 'winter';
export type Occasion = 'daily' | 'leisure' | 'business' | 'evening' | 'night_out' | 'sport';
export type Concentration = 'parfum' | 'edp' | 'edt' | 'edc' | 'extrait' | 'cologne' | 'oil';

/** One perfume of the shipped catalog, written by hand from common knowledge. */
export interface SeedPerfume {
  name: string;
  /** Korean name where it is well known (as Korean shops and blogs write it). */
  ko?: string;
  year?: number;
  conc?: Concentration;
  perfumers?: string[];
  gender: Gender;
  /** Note pyramid; lower-case English note names. Omit top/middle and give only `flat` when no pyramid is published. */
  top?: string[];
  middle?: string[];
  base?: string[];
  flat?: string[];
  /** Accord strengths 0–100; the strongest is 100. 3–7 accords. */
  accords: Partial<Record<AccordKey, number>>;
  /** Season shares 0–100 (they need not sum to 100). */
  seasons: Partial<Record<Season, number>>;
  /** Occasion shares 0–100. */
  occasions: Partial<Record<Occasion, number>>;
  /** 1 very weak, 2 weak, 3 moderate, 4 long lasting, 5 eternal. */
  longevity: 1 | 2 | 3 | 4 | 5;
  /** 1 intimate, 2 moderate, 3 strong, 4 enormous. */
  sillage: 1 | 2 | 3 | 4;
}

export interface SeedBrand {
  brand: string;
  /** Korean brand name where it is well known. */
  ko?: string;
  perfumes: SeedPerfume[];
}

/** A slice of the catalog (the Korean names of its notes are in catalog/noteNamesKo.ts). */
export interface SeedCatalogPart {
  brands: SeedBrand[];
}
