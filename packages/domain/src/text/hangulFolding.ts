import { combineCharacter, disassembleCompleteCharacter } from 'es-hangul';

/**
 * Spellings people use interchangeably for the same sound in loanwords: tense, plain and
 * aspirated consonants (쏘바쥬 / 소바쥬, 까르띠에 / 카르티에, 쁘띠 / 프티), ㅐ / ㅔ, and the glide
 * after ㅈ / ㅊ (쟈도르 / 자도르). Every consonant of a series folds to its plain member.
 */
const CONSONANT_FOLD: Readonly<Record<string, string>> = {
  ㄲ: 'ㄱ',
  ㅋ: 'ㄱ',
  ㄸ: 'ㄷ',
  ㅌ: 'ㄷ',
  ㅃ: 'ㅂ',
  ㅍ: 'ㅂ',
  ㅉ: 'ㅈ',
  ㅊ: 'ㅈ',
  ㅆ: 'ㅅ',
};

/** After ㅈ (and so ㅊ, ㅉ) Korean cannot hear the y-glide: 쟈 = 자, 쥬 = 주, 졔 = 제. */
const GLIDE_AFTER_J: Readonly<Record<string, string>> = { ㅑ: 'ㅏ', ㅕ: 'ㅓ', ㅛ: 'ㅗ', ㅠ: 'ㅜ', ㅖ: 'ㅔ' };

/**
 * es-hangul gives compound vowels as two jamo (ㅘ = "ㅗㅏ"); combineCharacter takes them the same
 * way (it mis-combines the single-letter form: ("ㅇ", "ㅘ") gave "씨").
 */
function foldVowel(initial: string, vowel: string): string {
  // ㅙ, ㅚ and ㅞ are all [we] in today's Korean: 왜 = 외 = 웨.
  if (vowel === 'ㅗㅐ' || vowel === 'ㅗㅣ') return 'ㅜㅔ';
  let folded = vowel.replace('ㅐ', 'ㅔ').replace('ㅒ', 'ㅖ');
  if (initial === 'ㅈ') folded = GLIDE_AFTER_J[folded] ?? folded;
  // 셰 and 쉐 are both written for "she" (셰어 / 쉐어).
  if (initial === 'ㅅ' && folded === 'ㅖ') folded = 'ㅜㅔ';
  return folded;
}

function foldConsonants(jamo: string): string {
  let folded = '';
  for (const letter of jamo) folded += CONSONANT_FOLD[letter] ?? letter;
  return folded;
}

const syllableCache = new Map<string, string>();

/** One Hangul syllable (or lone jamo) folded at the jamo level; anything else unchanged. */
export function foldHangulSyllable(character: string): string {
  const cached = syllableCache.get(character);
  if (cached !== undefined) return cached;
  const parts = disassembleCompleteCharacter(character);
  let folded: string;
  if (parts) {
    const initial = foldConsonants(parts.choseong);
    folded = combineCharacter(initial, foldVowel(initial, parts.jungseong), foldConsonants(parts.jongseong));
  } else {
    folded = CONSONANT_FOLD[character] ?? character;
  }
  syllableCache.set(character, folded);
  return folded;
}

const HANGUL = /[\u3131-\u318e\uac00-\ud7a3]/gu;

/** Every Hangul syllable of `text` folded; other characters unchanged. */
export function foldHangul(text: string): string {
  return text.replace(HANGUL, foldHangulSyllable);
}
