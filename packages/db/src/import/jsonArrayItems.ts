export interface JsonArrayItem {
  /** 1-based line where the element starts. */
  line: number;
  text: string;
}

export class NotAJsonArrayError extends Error {}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

/**
 * The top-level elements of a JSON array, as text with the line each starts on, so that one
 * broken element is one skipped row rather than a failed file. Strings (and the brackets or
 * commas inside them) are skipped correctly; elements are parsed by the caller.
 */
export function* jsonArrayItems(text: string): Generator<JsonArrayItem> {
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  const skipWhitespace = () => {
    while (pos < text.length && WHITESPACE.has(text[pos]!)) {
      if (text[pos] === '\n') line++;
      pos++;
    }
  };
  skipWhitespace();
  if (text[pos] !== '[') throw new NotAJsonArrayError('the file is not a JSON array');
  pos++;
  for (;;) {
    skipWhitespace();
    if (pos >= text.length || text[pos] === ']') return;
    const start = pos;
    const startLine = line;
    let depth = 0;
    let inString = false;
    for (; pos < text.length; pos++) {
      const c = text[pos];
      if (c === '\n') line++;
      if (inString) {
        if (c === '\\') pos++;
        else if (c === '"') inString = false;
        continue;
      }
      if (c === '"') inString = true;
      else if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') {
        if (depth === 0) break;
        depth--;
      } else if (c === ',' && depth === 0) break;
    }
    yield { line: startLine, text: text.slice(start, pos).trim() };
    if (text[pos] === ',') pos++;
  }
}
