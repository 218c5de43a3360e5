import { compactKey } from '../text/foldForMatch';
import { BRAND_ALIASES, type BrandAliasEntry } from './brandAliases';

/** A house as our catalog names it. */
export interface CanonicalBrand {
  name: string;
  nameKo: string;
  /** The identity of the house: the same for every spelling of it ("ysl", "생로랑" → "yvessaintlaurent"). */
  key: string;
}

/** Every spelling's compact key → its house; built once. */
const houseBySpelling = new Map<string, BrandAliasEntry>();
for (const entry of BRAND_ALIASES) {
  for (const spelling of [entry.name, entry.ko, ...entry.aliases]) {
    const key = compactKey(spelling);
    if (key && !houseBySpelling.has(key)) houseBySpelling.set(key, entry);
  }
}

function toCanonical(entry: BrandAliasEntry): CanonicalBrand {
  return { name: entry.name, nameKo: entry.ko, key: compactKey(entry.name) };
}

/**
 * The house a brand spelling names, in either script and any spacing ("By Kilian", "킬리안",
 * "YSL", "생로랑", "메종마르지엘라"), or null for a house the alias table does not know.
 */
export function canonicalBrand(text: string): CanonicalBrand | null {
  const entry = houseBySpelling.get(compactKey(text));
  return entry ? toCanonical(entry) : null;
}

/** The identity key of a brand: the house's key when the table knows it, else the spelling's own compact key. */
export function brandIdentityKey(text: string): string {
  return canonicalBrand(text)?.key ?? compactKey(text);
}

/** The compact keys of every spelling of a known house (empty for an unknown one). */
export function brandSpellingKeys(text: string): string[] {
  const entry = houseBySpelling.get(compactKey(text));
  if (!entry) return [];
  return [...new Set([entry.name, entry.ko, ...entry.aliases].map(compactKey).filter(Boolean))];
}

/** Every spelling of a known house as written in the alias table (empty for an unknown one). */
export function brandSpellings(text: string): readonly string[] {
  const entry = houseBySpelling.get(compactKey(text));
  return entry ? [entry.name, entry.ko, ...entry.aliases] : [];
}

/** Line words a house puts before its perfume names (Maison Margiela's "Replica"). */
export function brandLinePrefixes(text: string): readonly string[] {
  return houseBySpelling.get(compactKey(text))?.linePrefixes ?? [];
}
