import { josa } from 'es-hangul';

/** The particle pairs a Korean sentence attaches after a word, as es-hangul writes them. */
export type ParticlePair = '이/가' | '을/를' | '은/는' | '와/과' | '으로/로' | '이에요/예요' | '이라/라';

const HANGUL_SYLLABLE = /[\uAC00-\uD7A3]$/;
const DIGIT = /\d$/;
/** Korean readings of the digits (영, 일, 이, 삼 …) spelt as one syllable each, for the particle. */
const DIGIT_SYLLABLES = ['영', '일', '이', '삼', '사', '오', '육', '칠', '팔', '구'];

/**
 * A word with its particle: "플로럴과", "시트러스와", "상탈 33은" (33 is read 삼십삼). A name
 * ending in Latin letters gets both forms ("CK One와(과)", "Sauvage이(가)"): its Korean reading is not known.
 */
export function withParticle(word: string, pair: ParticlePair): string {
  const trimmed = word.trimEnd();
  if (HANGUL_SYLLABLE.test(trimmed)) return josa(trimmed, pair);
  if (DIGIT.test(trimmed)) {
    const reading = DIGIT_SYLLABLES[Number(trimmed[trimmed.length - 1])]!;
    return `${trimmed}${josa.pick(reading, pair)}`;
  }
  const [first, second] = pair.split('/') as [string, string];
  return `${trimmed}${first}(${second})`;
}
