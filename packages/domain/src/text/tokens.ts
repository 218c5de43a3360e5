import { compactKey } from './foldForMatch';

/** One word of a sentence: where it is in the original text, and its folded compact key. */
export interface TextToken {
  text: string;
  start: number;
  end: number;
  key: string;
}

/** Letters, digits and the degree sign of "N°5"; everything else separates words. */
const WORD = /[\p{L}\p{N}°º№]+/gu;

/** The words of `text` with their positions, so that a match can be cut out of the original. */
export function tokenize(text: string): TextToken[] {
  const tokens: TextToken[] = [];
  for (const match of text.matchAll(WORD)) {
    const key = compactKey(match[0]);
    if (key) tokens.push({ text: match[0], start: match.index, end: match.index + match[0].length, key });
  }
  return tokens;
}
