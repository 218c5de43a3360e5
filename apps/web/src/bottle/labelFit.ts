/**
 * Fitting a name on a label without a font at hand: widths are estimated from Pretendard's
 * proportions (a little generous, so a line rather falls short than overflows).
 */

const LINE_HEIGHT = 1.18;
const ELLIPSIS = '…';

function isWide(code: number): boolean {
  return (
    (code >= 0xac00 && code <= 0xd7a3) || // Hangul syllables
    (code >= 0x1100 && code <= 0x11ff) || // Hangul jamo
    (code >= 0x3130 && code <= 0x318f) || // compatibility jamo
    (code >= 0x3000 && code <= 0x9fff) || // CJK punctuation, kana, ideographs
    (code >= 0xff00 && code <= 0xffef) // full-width forms
  );
}

/** A character's advance in em. */
function advanceOf(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (isWide(code)) return 0.96;
  if (" .,:;!|'’‘`".includes(char)) return 0.28;
  if ('ijlI'.includes(char)) return 0.3;
  if ('frt()[]-/'.includes(char)) return 0.4;
  if ('mwMW@'.includes(char)) return 0.9;
  if (char >= '0' && char <= '9') return 0.62;
  if (char >= 'A' && char <= 'Z') return 0.7;
  if (char >= 'a' && char <= 'z') return 0.57;
  if (code >= 0xc0 && code <= 0x24f) return char === char.toLocaleUpperCase('en-US') ? 0.7 : 0.58;
  return 0.66;
}

export interface TextStyle {
  size: number;
  /** 400 regular … 700 bold; bold is wider. */
  weight: number;
  /** Extra space after each character, in em. */
  tracking?: number;
}

export function textWidth(text: string, { size, weight, tracking = 0 }: TextStyle): number {
  const boldness = 1 + Math.max(0, weight - 400) / 3000;
  let ems = 0;
  for (const char of text) ems += advanceOf(char) * boldness + tracking;
  return ems * size;
}

/** Greedy wrapping at spaces; a word wider than the line is cut between characters only when `breakWords`. */
function wrap(text: string, style: TextStyle, width: number, breakWords: boolean): string[] | null {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, style) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    if (textWidth(word, style) <= width) {
      line = word;
      continue;
    }
    if (!breakWords) return null;
    for (const char of word) {
      if (line && textWidth(line + char, style) > width) {
        lines.push(line);
        line = '';
      }
      line += char;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The longest start of `text` that fits with an ellipsis after it. */
function ellipsised(text: string, style: TextStyle, width: number): string {
  const chars = [...text];
  while (chars.length > 0 && textWidth(`${chars.join('').trimEnd()}${ELLIPSIS}`, style) > width) chars.pop();
  return `${chars.join('').trimEnd()}${ELLIPSIS}`;
}

export interface FitRequest {
  text: string;
  width: number;
  height: number;
  weight: number;
  maxSize: number;
  minSize: number;
  maxLines: number;
  tracking?: number;
}

export interface FittedText {
  lines: string[];
  size: number;
  lineHeight: number;
}

/** A name reads best in one piece: another line must buy a clearly larger size to be worth it. */
const LINE_BREAK_GAIN = 1.3;
const SIZE_STEP = 0.25;

/**
 * The whole text at the largest size that fits the box, wrapping at spaces, in as few lines as
 * reads well. When even the smallest size does not do, words are cut between characters, and
 * what is left over after the last line is replaced by an ellipsis.
 */
export function fitText(request: FitRequest): FittedText {
  const { text, width, height, weight, maxSize, minSize, maxLines, tracking } = request;
  const clean = text.trim().replace(/\s+/g, ' ');
  const styleAt = (size: number): TextStyle => ({ size, weight, tracking });
  const linesThatFit = (size: number) => Math.max(1, Math.min(maxLines, Math.floor(height / (size * LINE_HEIGHT))));
  let best: FittedText | null = null;
  for (let size = maxSize; size >= minSize - 1e-9; size -= SIZE_STEP) {
    const lines = wrap(clean, styleAt(size), width, false);
    if (!lines || lines.length > linesThatFit(size)) continue;
    if (best && best.size >= size * LINE_BREAK_GAIN) break;
    if (best && lines.length >= best.lines.length) continue;
    best = { lines, size, lineHeight: size * LINE_HEIGHT };
    if (lines.length === 1) break;
  }
  if (best) return best;
  const style = styleAt(minSize);
  const allowed = linesThatFit(minSize);
  const lines = wrap(clean, style, width, true) ?? [clean];
  if (lines.length > allowed) {
    const kept = lines.slice(0, allowed);
    const rest = lines.slice(allowed - 1).join(' ');
    kept[allowed - 1] = ellipsised(rest, style, width);
    return { lines: kept, size: minSize, lineHeight: minSize * LINE_HEIGHT };
  }
  return { lines, size: minSize, lineHeight: minSize * LINE_HEIGHT };
}
