const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  eacute: 'é',
  egrave: 'è',
  agrave: 'à',
  ocirc: 'ô',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
  ccedil: 'ç',
  rsquo: '’',
  lsquo: '‘',
  ndash: '–',
};

/**
 * Undoes escapes that scrapers leave in text: literal `\u00e8` sequences (the TSV spells
 * Fougère `Foug\u00e8re`) and HTML entities (`&amp;`, `&#39;`, `&#xE8;`).
 */
export function decodeSourceEscapes(text: string): string {
  if (!text.includes('\\') && !text.includes('&')) return text;
  return text
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    .replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (entity, body: string) => {
      if (body.startsWith('#x') || body.startsWith('#X'))
        return String.fromCodePoint(Number.parseInt(body.slice(2), 16));
      if (body.startsWith('#')) return String.fromCodePoint(Number.parseInt(body.slice(1), 10));
      return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
    });
}

/** A display string from a source cell: escapes decoded, whitespace collapsed and trimmed. */
export function cleanSourceText(text: string | null | undefined): string {
  if (!text) return '';
  return decodeSourceEscapes(text).replace(/\s+/g, ' ').trim();
}

/** The first line of a text (without its line break), BOM removed. */
export function firstLine(text: string): string {
  const end = text.search(/\r?\n/);
  return (end === -1 ? text : text.slice(0, end)).replace(/^\uFEFF/, '');
}
