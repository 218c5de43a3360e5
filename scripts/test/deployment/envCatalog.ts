import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface EnvExampleEntry {
  name: string;
  line: number;
  comment: string;
}

/** `KEY=value` lines of .env.example with the comment lines directly above each. */
export function parseEnvExample(text: string): EnvExampleEntry[] {
  const entries: EnvExampleEntry[] = [];
  let comment: string[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    const variable = /^([A-Z][A-Z0-9_]*)=/.exec(line);
    if (variable) {
      entries.push({ name: variable[1]!, line: index + 1, comment: comment.join(' ') });
      comment = [];
    } else if (line.startsWith('#') && !/^#\s*─/.test(line)) {
      comment.push(line.replace(/^#\s?/, ''));
    } else {
      comment = [];
    }
  });
  return entries;
}

function walk(dir: string, accept: (file: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (name === 'node_modules' || name === '.next' || name === 'test') return [];
    if (statSync(file).isDirectory()) return walk(file, accept);
    return accept(file) ? [file] : [];
  });
}

const SOURCE = /\.(ts|tsx|mts|mjs)$/;
const isEnvModule = (file: string) => /(^|[/\\])(env|\w+Env|sharedVariables)\.ts$/.test(file);

/** Source files that may read configuration: apps, packages, the root scripts and the image entry point. */
export function configurationSources(root: string): string[] {
  const workspaces = ['apps', 'packages'].flatMap((group) =>
    existsSync(path.join(root, group))
      ? readdirSync(path.join(root, group)).map((name) => path.join(root, group, name, 'src'))
      : [],
  );
  const scripts = existsSync(path.join(root, 'scripts'))
    ? readdirSync(path.join(root, 'scripts'))
        .filter((name) => SOURCE.test(name))
        .map((name) => path.join(root, 'scripts', name))
    : [];
  return [
    ...workspaces.flatMap((dir) => walk(dir, (file) => SOURCE.test(file))),
    ...scripts,
    ...walk(path.join(root, 'deploy'), (file) => SOURCE.test(file)),
  ];
}

type Readers = Map<string, Set<string>>;

/** Read from the environment but set by the tools, never by whoever deploys. */
export const NOT_CONFIGURATION: Record<string, string> = {
  NEXT_RUNTIME: "Next.js's own runtime switch (nodejs | edge)",
  INIT_CWD: 'set by npm to the folder `npm run` was typed in',
};

function note(readers: Readers, name: string, where: string) {
  if (!readers.has(name)) readers.set(name, new Set());
  readers.get(name)!.add(where);
}

/** `process.env.X`, `process.env['X']`, and in env modules the upper-case keys of their schemas. */
export function scanSources(root: string, files: string[], readers: Readers = new Map()): Readers {
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const where = path.relative(root, file);
    for (const match of text.matchAll(/process\.env(?:\.([A-Z_][A-Z0-9_]*)|\[\s*['"]([A-Z_][A-Z0-9_]*)['"]\s*\])/g)) {
      note(readers, (match[1] ?? match[2])!, where);
    }
    if (isEnvModule(file)) {
      for (const match of text.matchAll(/^\s*([A-Z][A-Z0-9_]{2,})\s*:/gm)) note(readers, match[1]!, where);
    }
  }
  return readers;
}

interface ShapeLike {
  shape: Record<string, unknown>;
  safeParse: unknown;
}

const isSchema = (value: unknown) =>
  typeof value === 'object' && value !== null && typeof (value as { safeParse?: unknown }).safeParse === 'function';
const isObjectSchema = (value: unknown): value is ShapeLike =>
  isSchema(value) && typeof (value as { shape?: unknown }).shape === 'object';
const isSchemaRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  !isSchema(value) &&
  Object.keys(value).length > 0 &&
  Object.values(value).every(isSchema);

/**
 * The keys of every zod object schema (or record of schemas) the env modules export. A module
 * that cannot be imported is reported, and the source scan still covers it.
 */
export async function importSchemaKeys(root: string, files: string[], readers: Readers = new Map()) {
  const failures: string[] = [];
  for (const file of files.filter(isEnvModule)) {
    const where = path.relative(root, file);
    try {
      const exports: Record<string, unknown> = await import(pathToFileURL(file).href);
      for (const value of Object.values(exports)) {
        const keys = isObjectSchema(value) ? Object.keys(value.shape) : isSchemaRecord(value) ? Object.keys(value) : [];
        for (const key of keys) note(readers, key, where);
      }
    } catch (error) {
      failures.push(`${where}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { readers, failures };
}

/** `${VAR}`, `${VAR:-default}`, `${VAR:?message}` substitutions in a compose file. */
export function composeSubstitutions(text: string): string[] {
  return [...new Set([...text.matchAll(/\$\{([A-Z_][A-Z0-9_]*)(?::?[-?][^}]*)?\}/g)].map((match) => match[1]!))];
}
