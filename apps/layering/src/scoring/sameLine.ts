import { brandIdentityKey, brandLinePrefixes } from '@scentence/domain/names';
import { foldForMatch } from '@scentence/domain/text';

/** Houses by spelling: a catalog has a few thousand, and partner searches ask about the same ones. */
const houses = new Map<string, string>();
function houseOf(brand: string): string {
  let key = houses.get(brand);
  if (key === undefined) {
    key = brandIdentityKey(brand);
    houses.set(brand, key);
  }
  return key;
}

export interface NamedPerfume {
  id: number;
  brand: string;
  name: string;
}

/** `same`: one perfume; `concentration`: one perfume in another strength; `flanker`: one line. */
export type SameLine = 'same' | 'concentration' | 'flanker';

/** Phrases that name a concentration, longest first ("eau de parfum" before "parfum"). */
const CONCENTRATION_PHRASES = [
  'extrait de parfum',
  'eau de parfum',
  'eau de toilette',
  'eau de cologne',
  'le parfum',
  'parfum',
  'extrait',
  'edp',
  'edt',
  'edc',
].map((phrase) => phrase.split(' '));

/** Words that say for whom or how strong, not which perfume ("Guilty Pour Homme" is "Guilty"). */
const LINE_WORDS = new Set([
  'pour',
  'homme',
  'femme',
  'for',
  'men',
  'women',
  'man',
  'woman',
  'him',
  'her',
  'uomo',
  'donna',
  'hombre',
  'mujer',
  'intense',
  'intensa',
  'extreme',
  'eau',
  'l',
  'd',
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  'the',
  'edition',
]);

function withoutPhrases(words: string[], phrases: readonly string[][]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    const phrase = phrases.find((candidate) => candidate.every((word, k) => words[i + k] === word));
    if (phrase) i += phrase.length;
    else out.push(words[i++]!);
  }
  return out;
}

/** The name's words without its concentration ("Sauvage Eau de Parfum" → sauvage). */
function nameWords(perfume: NamedPerfume): string[] {
  const words = foldForMatch(perfume.name).split(' ').filter(Boolean);
  const stripped = withoutPhrases(words, CONCENTRATION_PHRASES);
  return stripped.length > 0 ? stripped : words;
}

/** What names the line: no concentration, house, line prefix ("Replica"), gender or strength words. */
function lineWords(perfume: NamedPerfume, words: string[]): string[] {
  const house = new Set(foldForMatch(perfume.brand).split(' '));
  const prefixes = brandLinePrefixes(perfume.brand).map((prefix) => foldForMatch(prefix).split(' '));
  return withoutPhrases(words, prefixes).filter((word) => !house.has(word) && !LINE_WORDS.has(word));
}

/** Whether `inner` appears in `outer` as whole consecutive words (at the start only, when asked). */
function containsWords(outer: readonly string[], inner: readonly string[], atStart = false): boolean {
  if (inner.length === 0 || inner.length > outer.length || inner.join('').length < 3) return false;
  const last = atStart ? 0 : outer.length - inner.length;
  for (let start = 0; start <= last; start++) {
    if (inner.every((word, k) => outer[start + k] === word)) return true;
  }
  return false;
}

/**
 * Whether two perfumes are one perfume, one perfume in two concentrations, or one line (a flanker:
 * "Sauvage" / "Sauvage Elixir"). Only perfumes of one house can be; their names are compared
 * without concentration words, and for flankers also without the house's name, gender and
 * strength words: one name's words contained in the other's makes a flanker (docs/layering.md).
 */
export function sameLine(a: NamedPerfume, b: NamedPerfume): SameLine | null {
  if (a.id === b.id) return 'same';
  if (houseOf(a.brand) !== houseOf(b.brand)) return null;
  const [wordsA, wordsB] = [nameWords(a), nameWords(b)];
  if (wordsA.join(' ') === wordsB.join(' ')) return 'concentration';
  const [lineA, lineB] = [lineWords(a, wordsA), lineWords(b, wordsB)];
  if (lineA.length > 0 && lineB.length > 0) {
    if (lineA.join(' ') === lineB.join(' ')) return 'flanker';
    return containsWords(lineA, lineB) || containsWords(lineB, lineA) ? 'flanker' : null;
  }
  // A name of only house, gender or strength words ("Dior Homme", "For Her") is a line of its own
  // when the other name starts with it ("Dior Homme Intense", "For Her Pure Musc").
  if (lineA.length === 0 && lineB.length === 0) {
    return containsWords(wordsA, wordsB) || containsWords(wordsB, wordsA) ? 'flanker' : null;
  }
  const [bare, other] = lineA.length === 0 ? [wordsA, wordsB] : [wordsB, wordsA];
  return containsWords(other, bare, true) ? 'flanker' : null;
}
