import { compactKey } from '../text/foldForMatch';
import { BRAND_ALIASES } from './brandAliases';
import { NAME_TERMS } from './nameTerms';

/** A key has at most this many spellings; beyond it the rarer readings of ambiguous words are dropped. */
const MAX_VARIANTS = 8;

/** Folded Korean word → the Latin words it may stand for: the name terms, and every house's Korean names. */
const latinByKorean = new Map<string, readonly string[]>();
for (const [korean, latin] of Object.entries(NAME_TERMS)) latinByKorean.set(compactKey(korean), latin);
for (const house of BRAND_ALIASES) {
  for (const spelling of [house.ko, ...house.aliases]) {
    const key = compactKey(spelling);
    if (/\p{Script=Hangul}/u.test(key) && !latinByKorean.has(key)) latinByKorean.set(key, [compactKey(house.name)]);
  }
}
const longestTerm = Math.max(...[...latinByKorean.keys()].map((key) => key.length));

const HANGUL_SYLLABLE = /[\uac00-\ud7a3]/u;

/**
 * The readings of one position of a key: a Korean word of the term table (longest first) and
 * the Latin words it may stand for, or the character itself.
 */
function readingAt(key: string, position: number): { length: number; options: readonly string[] } {
  const character = key[position]!;
  if (HANGUL_SYLLABLE.test(character)) {
    for (let length = Math.min(longestTerm, key.length - position); length > 0; length--) {
      const latin = latinByKorean.get(key.slice(position, position + length));
      if (latin) return { length, options: latin };
    }
  }
  return { length: 1, options: [character] };
}

/**
 * The spellings of a compact key (from `compactKey`) under which it may appear in a catalog:
 * itself, and with its Korean words read as the Latin words of perfume names
 * ("상탈33" → "santal33", "오드우드" → "oudoud", "oudwood"). The key itself comes first.
 */
export function nameKeyVariants(key: string): string[] {
  if (!HANGUL_SYLLABLE.test(key)) return key ? [key] : [];
  let spellings = [''];
  for (let position = 0; position < key.length; ) {
    const { length, options } = readingAt(key, position);
    const next: string[] = [];
    for (const spelling of spellings) {
      for (const option of options) if (next.length < MAX_VARIANTS) next.push(spelling + option);
    }
    spellings = next;
    position += length;
  }
  return [...new Set([key, ...spellings])].filter(Boolean);
}
