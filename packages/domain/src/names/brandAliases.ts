import brandAliasGroups from './brandAliases.json' with { type: 'json' };

/** One perfume house: its name as our catalog spells it, its Korean name, and what else people call it. */
export interface BrandAliasEntry {
  name: string;
  ko: string;
  /** Other spellings people type and catalogs use, in both scripts (spacing and accents need not be listed). */
  aliases: readonly string[];
  /** A line word some catalogs put before every perfume name ("Replica Jazz Club"); names also match without it. */
  linePrefixes?: readonly string[];
}

/** The groups of brandAliases.json, checked against the entry type. */
const houseGroups: readonly { about: string; houses: readonly BrandAliasEntry[] }[] = brandAliasGroups;

/**
 * The houses of the shipped catalog and other houses people in Korea often ask for, written by
 * hand in brandAliases.json, in groups (designer, niche, popular in Korea, not shipped). Only
 * spellings that name one house belong here: "Armani" is Giorgio Armani, but "Boss" alone is kept
 * because Hugo Boss sells its perfumes under it.
 */
export const BRAND_ALIASES: readonly BrandAliasEntry[] = houseGroups.flatMap((group) => group.houses);
