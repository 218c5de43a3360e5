import { disassemble } from 'es-hangul';

const HANGUL_SYLLABLE = /[\uac00-\ud7a3]/u;
const HANGUL_SYLLABLES = /[\uac00-\ud7a3]/gu;

const jamoCache = new Map<string, string>();

function syllableJamo(character: string): string {
  let jamo = jamoCache.get(character);
  if (jamo === undefined) {
    jamo = disassemble(character);
    jamoCache.set(character, jamo);
  }
  return jamo;
}

/**
 * A folded key spelt letter by letter, Hangul as jamo ("소바주" → "ㅅㅗㅂㅏㅈㅜ"), so that a
 * one-letter typo inside a syllable costs one edit, and an unfinished syllable is a prefix.
 */
export function toJamo(key: string): string {
  return HANGUL_SYLLABLE.test(key) ? key.replace(HANGUL_SYLLABLES, syllableJamo) : key;
}
