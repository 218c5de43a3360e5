import { compactKey, foldForMatch } from '../text/foldForMatch';
import { toJamo } from '../text/jamo';
import { forEachTrigram } from '../text/similarity';
import { brandLinePrefixes, brandSpellingKeys, canonicalBrand } from './canonicalBrand';
import { nameKeyVariants } from './nameVariants';
import { perfumeAliases } from './perfumeAliasLookup';
import type { PerfumeCandidate } from './perfumeCandidate';

/**
 * Everything the matcher looks up, built once from the catalog's perfumes (a few hundred ms for
 * 38k) so that each lookup is a handful of Map reads plus a few hundred short comparisons.
 */
export interface PerfumeNameIndex<T extends PerfumeCandidate> {
  readonly perfumes: readonly T[];
  /** Per perfume, the identity key of its house. */
  readonly brandKeys: readonly string[];
  /** Per perfume, every key its name is known by on its own (names, Korean names read both ways, aliases). */
  readonly nameKeys: readonly (readonly string[])[];
  /** Per perfume, keys that name it only after its house ("hommeintense" for Dior's "Dior Homme Intense"). */
  readonly brandScopedKeys: readonly (readonly string[])[];
  /** Per perfume, its name keys spelt in jamo, for prefixes and typos. */
  readonly jamoNameKeys: readonly (readonly string[])[];
  /** Per perfume, house + name keys spelt in jamo, for typos in a query that names both. */
  readonly jamoFullKeys: readonly (readonly string[])[];
  readonly byName: ReadonlyMap<string, readonly number[]>;
  readonly byBrand: ReadonlyMap<string, readonly number[]>;
  /** Every spelling of every house in the catalog (compact key) → the house's identity key. */
  readonly brandBySpelling: ReadonlyMap<string, string>;
  readonly longestBrandSpelling: number;
  /** Trigram of a jamo key (see forEachTrigram) → the perfumes having it. */
  readonly byTrigram: ReadonlyMap<number, readonly number[]>;
}

function push<K>(map: Map<K, number[]>, key: K, index: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [index]);
  else if (list[list.length - 1] !== index) list.push(index);
}

function koreanReadings(text: string | null | undefined): string[] {
  return text ? nameKeyVariants(compactKey(text)) : [];
}

interface House {
  key: string;
  /** Compact keys of every spelling of the house, its own key included. */
  spellings: string[];
  /** Folded line words followed by a space ("replica "). */
  linePrefixes: string[];
}

function houseOf(brand: string, brandKo: string | null | undefined): House {
  const known = canonicalBrand(brand) ?? (brandKo ? canonicalBrand(brandKo) : null);
  const key = known?.key ?? compactKey(brand);
  const spellings = [key, compactKey(brand), compactKey(brandKo ?? ''), ...brandSpellingKeys(known?.name ?? brand)];
  return {
    key,
    spellings: [...new Set(spellings)].filter(Boolean),
    linePrefixes: brandLinePrefixes(known?.name ?? brand).map((prefix) => `${foldForMatch(prefix)} `),
  };
}

/** A name without a line word the house puts before it: "Replica Jazz Club" → "jazzclub". */
function withoutLinePrefix(house: House, name: string): string[] {
  if (house.linePrefixes.length === 0) return [];
  const words = foldForMatch(name);
  return house.linePrefixes
    .filter((prefix) => words.startsWith(prefix))
    .map((prefix) => words.slice(prefix.length).replace(/ /g, ''));
}

export function buildPerfumeNameIndex<T extends PerfumeCandidate>(candidates: readonly T[]): PerfumeNameIndex<T> {
  const brandKeys: string[] = [];
  const nameKeys: string[][] = [];
  const brandScopedKeys: string[][] = [];
  const jamoNameKeys: string[][] = [];
  const jamoFullKeys: string[][] = [];
  const byName = new Map<string, number[]>();
  const byBrand = new Map<string, number[]>();
  const brandBySpelling = new Map<string, string>();
  const byTrigram = new Map<number, number[]>();
  const houses = new Map<string, House>();

  candidates.forEach((perfume, index) => {
    const houseId = `${perfume.brand}\u0000${perfume.brandKo ?? ''}`;
    let house = houses.get(houseId);
    if (!house) {
      house = houseOf(perfume.brand, perfume.brandKo);
      houses.set(houseId, house);
      for (const spelling of house.spellings)
        if (!brandBySpelling.has(spelling)) brandBySpelling.set(spelling, house.key);
    }
    const brandKey = house.key;

    const ownName = compactKey(perfume.name);
    const keys = new Set([ownName, ...koreanReadings(perfume.nameKo), ...withoutLinePrefix(house, perfume.name)]);
    for (const alias of perfumeAliases(brandKey, perfume.name)) for (const key of koreanReadings(alias)) keys.add(key);
    keys.delete('');
    const scoped = house.spellings
      .filter((spelling) => ownName.length > spelling.length && ownName.startsWith(spelling))
      .map((spelling) => ownName.slice(spelling.length));

    brandKeys.push(brandKey);
    nameKeys.push([...keys]);
    brandScopedKeys.push(scoped);
    const jamoNames = [...keys].map(toJamo);
    const jamoFull = [...new Set([ownName, ...scoped].map((key) => toJamo(brandKey + key)))];
    jamoNameKeys.push(jamoNames);
    jamoFullKeys.push(jamoFull);

    for (const key of keys) push(byName, key, index);
    push(byBrand, brandKey, index);
    const addGram = (gram: number) => push(byTrigram, gram, index);
    for (const jamo of jamoNames) forEachTrigram(jamo, addGram);
    for (const jamo of jamoFull) forEachTrigram(jamo, addGram);
  });

  return {
    perfumes: candidates,
    brandKeys,
    nameKeys,
    brandScopedKeys,
    jamoNameKeys,
    jamoFullKeys,
    byName,
    byBrand,
    brandBySpelling,
    longestBrandSpelling: [...brandBySpelling.keys()].reduce((longest, key) => Math.max(longest, key.length), 0),
    byTrigram,
  };
}
