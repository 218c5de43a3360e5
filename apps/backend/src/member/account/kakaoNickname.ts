import { randomInt } from 'node:crypto';
import { NICKNAME_ALPHABET, NICKNAME_MAX_LENGTH, NICKNAME_MIN_LENGTH } from '@scentence/api/schemas';

const NOT_ALLOWED = new RegExp(`[^${NICKNAME_ALPHABET}]`, 'g');
const FALLBACK = '향수친구';

/**
 * Nicknames to try, in order, for a new Kakao member: Kakao's nickname reduced to the characters
 * our rule allows (2–12 Korean, English letters, digits), then the same with a number appended.
 */
export function kakaoNicknameCandidates(kakaoNickname: string | null | undefined, tries = 6): string[] {
  const cleaned = (kakaoNickname ?? '').replace(NOT_ALLOWED, '').slice(0, NICKNAME_MAX_LENGTH);
  const base = cleaned.length >= NICKNAME_MIN_LENGTH ? cleaned : FALLBACK;
  const numbered = Array.from({ length: tries - 1 }, () => {
    const suffix = String(randomInt(1000, 100_000));
    return `${base.slice(0, NICKNAME_MAX_LENGTH - suffix.length)}${suffix}`;
  });
  return [base, ...numbered];
}
