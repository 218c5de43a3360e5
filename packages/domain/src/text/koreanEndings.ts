import { compactKey } from './foldForMatch';

/**
 * Particles and endings that follow a noun or a verb stem inside one Korean word ("넘버5랑",
 * "여름에", "달지"), folded like every key. Longest first, so "이랑" is tried before "랑".
 */
const ENDINGS = [
  '이랑은',
  '이랑도',
  '에다가',
  '으로는',
  '이에요',
  '이라서',
  '스러운',
  '같은거',
  '들어간',
  '이랑',
  '하고',
  '에다',
  '이나',
  '으로',
  '처럼',
  '같은',
  '같이',
  '보다',
  '에서',
  '한테',
  '에게',
  '에는',
  '예요',
  '이고',
  '인데',
  '적인',
  '스런',
  '향수',
  '향기',
  '냄새',
  '느낌',
  '계열',
  '노트',
  '위주',
  '하게',
  '해서',
  '했으면',
  '으면',
  '랑',
  '과',
  '와',
  '을',
  '를',
  '은',
  '는',
  '이',
  '가',
  '도',
  '의',
  '에',
  '로',
  '만',
  '나',
  '엔',
  '인',
  '향',
  '쪽',
  '류',
  '용',
  '풍',
  '날',
  '철',
  '적',
  '한',
  '해',
  '게',
  '지',
  '고',
  '면',
].map(compactKey);

const ENDING_SET = new Set(ENDINGS);

/** Whether `rest` (what follows a stem inside one word) is a particle or an ending. */
export function isKoreanEnding(rest: string): boolean {
  return ENDING_SET.has(rest);
}

/** `key` without one trailing particle, or undefined when it has none (or would be left empty). */
export function withoutKoreanEnding(key: string): string | undefined {
  for (const ending of ENDINGS) {
    if (key.length > ending.length && key.endsWith(ending)) return key.slice(0, -ending.length);
  }
  return undefined;
}

/** Whether `rest` is one to three particles or endings in a row ("향이", "에는", "향으로"). */
export function isKoreanEndingChain(rest: string, depth = 3): boolean {
  if (isKoreanEnding(rest)) return true;
  if (depth <= 1) return false;
  return ENDINGS.some((ending) => rest.startsWith(ending) && isKoreanEndingChain(rest.slice(ending.length), depth - 1));
}
