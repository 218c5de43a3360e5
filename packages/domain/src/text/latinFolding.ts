/** Letters that Unicode does not decompose but people type without their ligature or stroke. */
const LETTER_FOLD: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd' };

/** "N°5", "No.5", "Number 5", "Nr. 5" (and "Nº5", "№5" once decomposed) all read "no 5". */
const NUMBER_MARK = /(?:\bn\s*°|\bnumber|\bnr|\bno)\.?\s*(?=\d)/gu;

const PLAIN_ASCII = /^[\x20-\x7e]*$/;

/**
 * Accents, case and compatibility forms folded outside Hangul (Hangul stays composed, so a
 * typed "ㅋ" is not turned into a conjoining jamo): "Hermès" → "hermes", "Ｃｈａｎｅｌ" → "chanel".
 */
export function foldLatin(text: string): string {
  // Plain ASCII (most catalog names) has nothing to decompose.
  if (PLAIN_ASCII.test(text)) return text.toLowerCase().replace(NUMBER_MARK, 'no ');
  return text
    .normalize('NFC')
    .replace(/[^\p{Script=Hangul}]+/gu, (part) => part.normalize('NFKD').replace(/\p{M}/gu, ''))
    .toLowerCase()
    .replace(/[œæßøłđ]/gu, (letter) => LETTER_FOLD[letter] ?? letter)
    .replace(NUMBER_MARK, 'no ');
}
