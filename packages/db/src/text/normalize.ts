/** Lower-case, accents folded, every run of punctuation or space one space: "Hermès  Terre d'Hermès" → "hermes terre d hermes". */
export function foldText(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      // NFKD splits Hangul syllables into jamo; compose them again.
      .normalize('NFC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  );
}

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
