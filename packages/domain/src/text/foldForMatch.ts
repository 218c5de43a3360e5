import { foldHangul } from './hangulFolding';
import { foldLatin } from './latinFolding';

/**
 * The form two spellings of one name share: accents, case and punctuation folded like the
 * catalog's `foldText` ("Terre d'Hermès" → "terre d hermes"), number marks read alike
 * ("N°5" → "no 5"), and Hangul folded at the jamo level (쏘바쥬 → 소바주, 쟈도르 → 자도르).
 * Words are separated by one space. A key for comparing, not for showing.
 */
export function foldForMatch(text: string): string {
  return foldHangul(foldLatin(text))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** `foldForMatch` without spaces: "르 라보 상탈 33" and "르라보상탈33" give the same key. */
export function compactKey(text: string): string {
  return foldForMatch(text).replace(/ /g, '');
}
