import { foldLatin } from '../text/latinFolding';
import { brandSpellings } from './canonicalBrand';
import { perfumeAliases } from './perfumeAliasLookup';
import type { PerfumeCandidate } from './perfumeCandidate';

/** Case, accents, spaces and punctuation aside, the letters as written: Hangul is not folded. */
function letters(text: string | null | undefined): string {
  return text ? foldLatin(text).replace(/[^\p{L}\p{N}]+/gu, '') : '';
}

/**
 * Whether the query spells the perfume's name, an alias of it, or its house and name, letter for
 * letter rather than only after folding: "라벤더" folds like La Panthère's "라 팬더" (ㅍ = ㅂ, ㅐ =
 * ㅔ) but does not spell it. A search uses it to let a word that is also an intent word
 * ("lavender") mean the intent unless the perfume was really written out.
 */
export function spelledAsNamed(query: string, perfume: PerfumeCandidate, brandKey: string): boolean {
  const typed = letters(query);
  if (!typed) return false;
  const names = [perfume.name, perfume.nameKo, ...perfumeAliases(brandKey, perfume.name)].map(letters).filter(Boolean);
  if (names.includes(typed)) return true;
  const houses = [perfume.brand, perfume.brandKo, ...brandSpellings(perfume.brand)].map(letters).filter(Boolean);
  return houses.some((house) => names.some((name) => typed === house + name || typed === name + house));
}
