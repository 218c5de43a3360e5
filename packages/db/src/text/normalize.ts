import { foldText } from '@scentence/api/text';

/** Lower-case, accents folded, punctuation one space (shared with the services and the web app). */
export { foldText };

/** Identity of a brand or a perfume within its brand. */
export function nameKey(name: string): string {
  return foldText(name);
}

/** URL-safe identity of a note: "Pink Pepper" → "pink-pepper". */
export function noteSlug(name: string): string {
  return foldText(name).replace(/ /g, '-');
}

/** "%…%" for LIKE with the caller's % and _ taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
