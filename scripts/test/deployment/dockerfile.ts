export interface Instruction {
  keyword: string;
  args: string;
  /** Index of the FROM stage the instruction belongs to (-1 before the first FROM). */
  stage: number;
}

/** Dockerfile instructions with continuation lines joined and comments dropped. */
export function parseDockerfile(text: string): Instruction[] {
  const instructions: Instruction[] = [];
  let stage = -1;
  let pending = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (pending === '' && (line === '' || line.startsWith('#'))) continue;
    if (line.startsWith('#')) continue;
    pending += `${line.replace(/\\$/, '').trim()} `;
    if (line.endsWith('\\')) continue;
    const [, keyword = '', args = ''] = /^(\S+)\s*(.*)$/.exec(pending.trim()) ?? [];
    if (keyword.toUpperCase() === 'FROM') stage += 1;
    instructions.push({ keyword: keyword.toUpperCase(), args: args.trim(), stage });
    pending = '';
  }
  return instructions;
}

/** ARG defaults, global and per stage. */
export function argDefaults(instructions: Instruction[]): Map<string, string> {
  const defaults = new Map<string, string>();
  for (const { keyword, args } of instructions) {
    const match = keyword === 'ARG' ? /^([A-Za-z_][A-Za-z0-9_]*)=(\S+)$/.exec(args) : null;
    if (match) defaults.set(match[1]!, match[2]!);
  }
  return defaults;
}

/** Sources that COPY takes from the build context (not from another stage). */
export function contextSources(instructions: Instruction[]): string[] {
  return instructions
    .filter(({ keyword, args }) => keyword === 'COPY' && !/--from=/.test(args))
    .flatMap(({ args }) => {
      const parts = args.split(/\s+/).filter((part) => !part.startsWith('--'));
      return parts.slice(0, -1);
    });
}

function patternToRegExp(pattern: string): RegExp {
  const escaped = pattern
    .replace(/\/$/, '')
    .split(/(\*\*\/|\*\*|\*|\?)/)
    .map((part) => {
      if (part === '**/') return '(?:.*/)?';
      if (part === '**') return '.*';
      if (part === '*') return '[^/]*';
      if (part === '?') return '[^/]';
      return part.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${escaped}$`);
}

/** Whether .dockerignore keeps a path (or one of its parent folders) out of the build context. */
export function isDockerIgnored(dockerignore: string, file: string): boolean {
  const rules = dockerignore
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  const clean = file.replace(/^\.\//, '').replace(/\/$/, '');
  const prefixes = clean.split('/').map((_, index, parts) => parts.slice(0, index + 1).join('/'));
  let ignored = false;
  for (const rule of rules) {
    const negated = rule.startsWith('!');
    const matcher = patternToRegExp(negated ? rule.slice(1) : rule);
    if (prefixes.some((prefix) => matcher.test(prefix))) ignored = !negated;
  }
  return ignored;
}
