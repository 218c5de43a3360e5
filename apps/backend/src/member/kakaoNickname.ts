import { randomInt } from 'node:crypto';

const NOT_ALLOWED = /[^가-힣A-Za-z0-9]/g;
const MAX_LENGTH = 12;
const FALLBACK = '향수친구';

/**
 * Nicknames to try, in order, for a new Kakao member: Kakao's nickname reduced to the characters
 * our rule allows (2–12 Korean, English letters, digits), then the same with a number appended.
 */
export function kakaoNicknameCandidates(kakaoNickname: string | null | undefined, tries = 6): string[] {
  const cleaned = (kakaoNickname ?? '').replace(NOT_ALLOWED, '').slice(0, MAX_LENGTH);
  const base = cleaned.length >= 2 ? cleaned : FALLBACK;
  const numbered = Array.from({ length: tries - 1 }, () => {
    const suffix = String(randomInt(1000, 100_000));
    return `${base.slice(0, MAX_LENGTH - suffix.length)}${suffix}`;
  });
  return [base, ...numbered];
}
