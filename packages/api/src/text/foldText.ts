/**
 * Lower-case, accents folded, every run of punctuation or space one space:
 * "Hermès  Terre d'Hermès" → "hermes terre d hermes". The catalog's identity of a name (brands
 * and perfumes are keyed by it), shared by the database, the services and the web app.
 */
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
