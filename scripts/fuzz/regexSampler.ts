import type { Random } from './random';

/**
 * Draws a string that a JSON-schema `pattern` matches, for the patterns our schemas produce:
 * literals, escapes (\d \w \s \p{L} \p{N} …), classes with ranges and negation, groups,
 * alternation and quantifiers. Lookarounds and back-references are not drawn (null): the caller
 * then tries other candidates, and every candidate is checked against the schema anyway.
 */
type Node =
  | { kind: 'chars'; pool: string[] }
  | { kind: 'sequence'; items: Node[] }
  | { kind: 'choice'; options: Node[] }
  | { kind: 'repeat'; node: Node; min: number; max: number };

class Unsupported extends Error {}

const DIGITS = [...'0123456789'];
const LOWER = [...'abcdefghijklmnopqrstuvwxyz'];
const UPPER = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
const HANGUL = [...'가나다라마바사아자차카타파하향수장미'];
const WORD = [...LOWER, ...UPPER, ...DIGITS, '_'];
const SPACE = [' ', '\t'];
const SYMBOLS = [...'!#$%&*+-.:;=?@^_~'];
/** What a negated class or `.` draws from (whatever the class does not exclude). */
const ANY = [...LOWER, ...UPPER, ...DIGITS, ...HANGUL, ...SYMBOLS, ' '];
/** Repetition without an upper bound stops here, so strings stay short. */
const OPEN_REPEAT = 6;

function escapePool(letter: string): string[] | null {
  switch (letter) {
    case 'd':
      return DIGITS;
    case 'D':
      return [...LOWER, ...HANGUL, '-'];
    case 'w':
      return WORD;
    case 'W':
      return [...HANGUL, '-', ' ', '!'];
    case 's':
      return SPACE;
    case 'S':
      return [...LOWER, ...DIGITS];
    case 'n':
      return ['\n'];
    case 't':
      return ['\t'];
    case 'r':
      return ['\r'];
    default:
      return null;
  }
}

function propertyPool(name: string): string[] {
  if (/^(L|Letter|Lo|Alphabetic)$/.test(name)) return [...LOWER, ...HANGUL];
  if (/^(Lu|Uppercase_Letter)$/.test(name)) return UPPER;
  if (/^(Ll|Lowercase_Letter)$/.test(name)) return LOWER;
  if (/^(N|Nd|Number|Decimal_Number)$/.test(name)) return DIGITS;
  if (/^(P|Punctuation|S|Symbol)$/.test(name)) return ['!', '.', '-'];
  if (/^(Script=Hangul|sc=Hangul)$/.test(name)) return HANGUL;
  throw new Unsupported(`\\p{${name}}`);
}

class Parser {
  private position = 0;
  constructor(private readonly source: string) {}

  parse(): Node {
    const node = this.alternation();
    if (this.position < this.source.length) throw new Unsupported(`unexpected ${this.peek()}`);
    return node;
  }

  private peek(): string | undefined {
    return this.source[this.position];
  }

  private take(): string {
    const character = this.source[this.position++];
    if (character === undefined) throw new Unsupported('unexpected end');
    return character;
  }

  private alternation(): Node {
    const options = [this.sequence()];
    while (this.peek() === '|') {
      this.position++;
      options.push(this.sequence());
    }
    return options.length === 1 ? (options[0] as Node) : { kind: 'choice', options };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.position < this.source.length && this.peek() !== '|' && this.peek() !== ')') {
      const atom = this.atom();
      if (atom) items.push(this.quantified(atom));
    }
    return { kind: 'sequence', items };
  }

  private quantified(node: Node): Node {
    const next = this.peek();
    let range: [number, number] | null = null;
    if (next === '*') range = [0, OPEN_REPEAT];
    else if (next === '+') range = [1, OPEN_REPEAT];
    else if (next === '?') range = [0, 1];
    else if (next === '{') {
      const match = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.position));
      if (match) {
        const min = Number(match[1]);
        const max = match[2] === undefined ? min : match[3] ? Number(match[3]) : min + OPEN_REPEAT;
        this.position += match[0].length - 1;
        range = [min, max];
      }
    }
    if (!range) return node;
    this.position++;
    if (this.peek() === '?') this.position++;
    return { kind: 'repeat', node, min: range[0], max: range[1] };
  }

  /** One atom, or null for an anchor. */
  private atom(): Node | null {
    const character = this.take();
    if (character === '^' || character === '$') return null;
    if (character === '.') return { kind: 'chars', pool: ANY };
    if (character === '[') return this.characterClass();
    if (character === '\\') return { kind: 'chars', pool: this.escape() };
    if (character === '(') {
      if (this.peek() === '?') {
        this.position++;
        const kind = this.take();
        if (kind !== ':') throw new Unsupported(`group (?${kind}`);
      }
      const inner = this.alternation();
      if (this.take() !== ')') throw new Unsupported('unclosed group');
      return inner;
    }
    return { kind: 'chars', pool: [character] };
  }

  private escape(): string[] {
    const letter = this.take();
    if (letter === 'p' || letter === 'P') {
      const match = /^\{([^}]+)\}/.exec(this.source.slice(this.position));
      if (!match?.[1]) throw new Unsupported('\\p without a name');
      this.position += match[0].length;
      const pool = propertyPool(match[1]);
      return letter === 'p' ? pool : ANY.filter((character) => !pool.includes(character));
    }
    if (letter === 'u' && this.peek() === '{') {
      const match = /^\{([0-9a-fA-F]+)\}/.exec(this.source.slice(this.position));
      if (!match?.[1]) throw new Unsupported('\\u{');
      this.position += match[0].length;
      return [String.fromCodePoint(Number.parseInt(match[1], 16))];
    }
    if (letter === 'u') {
      const hex = this.source.slice(this.position, this.position + 4);
      this.position += 4;
      return [String.fromCharCode(Number.parseInt(hex, 16))];
    }
    if (/[1-9]/.test(letter)) throw new Unsupported('back-reference');
    if (letter === 'b' || letter === 'B') throw new Unsupported('word boundary');
    return escapePool(letter) ?? [letter];
  }

  private characterClass(): Node {
    const negated = this.peek() === '^';
    if (negated) this.position++;
    const members: string[] = [];
    let first = true;
    while (this.peek() !== ']' || first) {
      first = false;
      const character = this.take();
      let single: string | null = character;
      if (character === '\\') {
        const pool = this.escape();
        if (pool.length !== 1) {
          members.push(...pool);
          continue;
        }
        single = pool[0] as string;
      }
      if (this.peek() === '-' && this.source[this.position + 1] !== ']') {
        this.position++;
        let end = this.take();
        if (end === '\\') end = this.escape()[0] ?? end;
        const from = single.codePointAt(0) ?? 0;
        const to = end.codePointAt(0) ?? 0;
        // Wide ranges (all of Hangul) are sampled, not listed.
        const step = Math.max(1, Math.floor((to - from) / 64));
        for (let code = from; code <= to; code += step) members.push(String.fromCodePoint(code));
        members.push(end);
      } else {
        members.push(single);
      }
    }
    this.position++;
    const pool = negated ? ANY.filter((character) => !members.includes(character)) : members;
    if (pool.length === 0) throw new Unsupported('empty class');
    return { kind: 'chars', pool };
  }
}

function draw(node: Node, random: Random): string {
  switch (node.kind) {
    case 'chars':
      return random.pick(node.pool);
    case 'sequence':
      return node.items.map((item) => draw(item, random)).join('');
    case 'choice':
      return draw(random.pick(node.options), random);
    case 'repeat': {
      const count = random.int(node.min, Math.min(node.max, node.min + OPEN_REPEAT));
      return Array.from({ length: count }, () => draw(node.node, random)).join('');
    }
  }
}

const parsed = new Map<string, Node | null>();

/** A string matching the pattern, or null when the pattern uses what this sampler does not draw. */
export function samplePattern(pattern: string, random: Random): string | null {
  if (!parsed.has(pattern)) {
    try {
      parsed.set(pattern, new Parser(pattern).parse());
    } catch (error) {
      if (!(error instanceof Unsupported)) throw error;
      parsed.set(pattern, null);
    }
  }
  const node = parsed.get(pattern);
  return node ? draw(node, random) : null;
}
