import { type GeneratorContext, subschema, typesOf } from './generatorContext';
import { PLAUSIBLE_WORDS } from './hostileValues';
import { isObject, type Located, type Schema, type SchemaObject } from './openApiDocument';
import type { Random } from './random';
import { samplePattern } from './regexSampler';

/** A generated value and whether the document's schema accepts it (the generator is not trusted). */
export interface Generated {
  value: unknown;
  valid: boolean;
}

const MAX_DEPTH = 8;
const ATTEMPTS = 8;

/** Sets a key as an own property, even `__proto__`. */
export function setKey(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function uuid(random: Random): string {
  const hex = (count: number) => Array.from({ length: count }, () => random.int(0, 15).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${random.pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;
}

function isoDateTime(random: Random): string {
  return new Date(
    Date.UTC(random.int(1990, 2030), random.int(0, 11), random.int(1, 28), random.int(0, 23)),
  ).toISOString();
}

function hangulWord(random: Random, length: number): string {
  return Array.from({ length }, () => String.fromCharCode(0xac00 + random.int(0, 11171))).join('');
}

function asciiWord(random: Random, length: number): string {
  return Array.from({ length }, () => random.pick([...'abcdefghijklmnopqrstuvwxyz'])).join('');
}

function formatted(format: unknown, random: Random): string | null {
  switch (format) {
    case 'uuid':
      return uuid(random);
    case 'email':
    case 'idn-email':
      return `fuzz.${random.int(0, 1e9)}@example.com`;
    case 'date-time':
      return isoDateTime(random);
    case 'date':
      return isoDateTime(random).slice(0, 10);
    case 'uri':
    case 'url':
    case 'iri':
      return `https://example.com/${asciiWord(random, 6)}`;
    case 'ipv4':
      return `10.${random.int(0, 255)}.${random.int(0, 255)}.${random.int(1, 254)}`;
    case 'ipv6':
      return `fd00::${random.int(1, 0xffff).toString(16)}`;
    default:
      return null;
  }
}

/** `pattern` of the schema and of its allOf branches (zod writes several checks as allOf). */
function patternsOf(schema: SchemaObject): string[] {
  const own = typeof schema.pattern === 'string' ? [schema.pattern] : [];
  const branches = Array.isArray(schema.allOf) ? schema.allOf.filter(isObject).flatMap(patternsOf) : [];
  return [...own, ...branches];
}

function fitLength(text: string, schema: SchemaObject, random: Random): string {
  const characters = [...text];
  const min = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const max = typeof schema.maxLength === 'number' ? schema.maxLength : Number.POSITIVE_INFINITY;
  while (characters.length < min) characters.push(random.pick(characters.length ? characters : ['a']));
  return characters.slice(0, max).join('');
}

function stringCandidates(context: GeneratorContext, schema: SchemaObject, hint: string): string[] {
  const { random } = context;
  const candidates: string[] = [];
  const known = context.vocabulary.get(hint)?.filter((value): value is string => typeof value === 'string');
  if (known?.length && random.chance(0.8)) candidates.push(random.pick(known));
  const format = formatted(schema.format, random);
  if (format) candidates.push(format);
  if (/e-?mail/i.test(hint)) candidates.push(formatted('email', random) as string);
  const patterns = patternsOf(schema);
  if (patterns.length === 1) candidates.push(samplePattern(patterns[0] as string, random) ?? '');
  if (patterns.length > 1) {
    // Unanchored checks ("has an upper-case letter", "has a digit") hold for the concatenation.
    candidates.push(patterns.map((pattern) => samplePattern(pattern, random) ?? '').join(''));
  }
  if (typeof schema.maxLength === 'number' && random.chance(0.15)) {
    candidates.push(asciiWord(random, Math.min(schema.maxLength, 10_000)));
  }
  candidates.push(
    random.pick(PLAUSIBLE_WORDS),
    hangulWord(random, random.int(2, 6)),
    asciiWord(random, random.int(3, 10)),
    String(random.int(1, 400)),
  );
  return candidates.map((candidate) => fitLength(candidate, schema, random));
}

function integerBounds(schema: SchemaObject, integer: boolean): [number, number] {
  const step = integer ? 1 : 0.001;
  let low = typeof schema.minimum === 'number' ? schema.minimum : -1_000;
  let high = typeof schema.maximum === 'number' ? schema.maximum : 100_000;
  if (typeof schema.exclusiveMinimum === 'number') low = Math.max(low, schema.exclusiveMinimum + step);
  if (typeof schema.exclusiveMaximum === 'number') high = Math.min(high, schema.exclusiveMaximum - step);
  return integer ? [Math.ceil(low), Math.floor(high)] : [low, high];
}

function numberValue(context: GeneratorContext, schema: SchemaObject, hint: string, integer: boolean): number {
  const { random } = context;
  const [low, high] = integerBounds(schema, integer);
  const near = (from: number) => Math.min(high, from + random.int(0, 20));
  const choices: number[] = [low, high, near(low), low + (high - low) * random.next()];
  if (/(^id$|Id$|ids?$)/.test(hint) && low <= 400 && high >= 1)
    choices.push(random.int(Math.max(1, low), Math.min(400, high)));
  let value = random.weighted(choices.map((choice, index) => [choice, index >= 2 ? 3 : 1] as const));
  if (typeof schema.multipleOf === 'number' && schema.multipleOf > 0)
    value = Math.ceil(value / schema.multipleOf) * schema.multipleOf;
  return integer ? Math.round(value) : value;
}

function arrayValue(context: GeneratorContext, located: Located<SchemaObject>, hint: string, depth: number): unknown[] {
  const schema = located.value;
  const min = typeof schema.minItems === 'number' ? schema.minItems : 0;
  const max = Math.min(typeof schema.maxItems === 'number' ? schema.maxItems : min + 3, min + 3);
  const prefix = Array.isArray(schema.prefixItems) ? schema.prefixItems : [];
  const items: unknown[] = [];
  const length = context.random.int(Math.max(min, prefix.length), Math.max(max, prefix.length));
  for (let index = 0; index < length; index++) {
    const item =
      index < prefix.length
        ? subschema(context, located, 'prefixItems', String(index))
        : 'items' in schema
          ? subschema(context, located, 'items')
          : null;
    items.push(item ? draft(context, item, hint, depth + 1) : context.random.pick(PLAUSIBLE_WORDS));
  }
  return schema.uniqueItems ? [...new Map(items.map((item) => [JSON.stringify(item), item])).values()] : items;
}

function objectValue(
  context: GeneratorContext,
  located: Located<SchemaObject>,
  depth: number,
): Record<string, unknown> {
  const schema = located.value;
  const properties = isObject(schema.properties) ? Object.keys(schema.properties) : [];
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  const value: Record<string, unknown> = {};
  for (const name of properties) {
    if (!required.has(name) && !context.random.chance(0.6)) continue;
    setKey(value, name, draft(context, subschema(context, located, 'properties', name), name, depth + 1));
  }
  for (const name of required) {
    if (typeof name === 'string' && !properties.includes(name))
      setKey(value, name, context.random.pick(PLAUSIBLE_WORDS));
  }
  return value;
}

/** One attempt at a value the schema accepts; `validValue` checks it. */
export function draft(context: GeneratorContext, located: Located<Schema>, hint: string, depth = 0): unknown {
  const { random } = context;
  const schema = located.value;
  if (typeof schema === 'boolean' || depth > MAX_DEPTH) return random.pick(PLAUSIBLE_WORDS);
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return random.pick(schema.enum);
  for (const keyword of ['anyOf', 'oneOf'] as const) {
    const branches = schema[keyword];
    if (Array.isArray(branches) && branches.length > 0) {
      const nonNull = branches.map((_, index) => index).filter((index) => !isNullOnly(branches[index]));
      const index = nonNull.length && random.chance(0.85) ? random.pick(nonNull) : random.int(0, branches.length - 1);
      return draft(context, subschema(context, located, keyword, String(index)), hint, depth + 1);
    }
  }
  let types = typesOf(schema);
  if (types.length === 0 && Array.isArray(schema.allOf) && schema.allOf.length > 0) {
    const merged = schema.allOf.map((_, index) =>
      draft(context, subschema(context, located, 'allOf', String(index)), hint, depth + 1),
    );
    return merged.every(isObject) ? Object.assign({}, ...merged) : merged[0];
  }
  if (types.length > 1 && random.chance(0.85)) types = types.filter((type) => type !== 'null');
  switch (types.length ? random.pick(types) : 'string') {
    case 'null':
      return null;
    case 'boolean':
      return random.chance(0.5);
    case 'integer':
      return numberValue(context, schema, hint, true);
    case 'number':
      return numberValue(context, schema, hint, false);
    case 'array':
      return arrayValue(context, { value: schema, pointer: located.pointer }, hint, depth);
    case 'object':
      return objectValue(context, { value: schema, pointer: located.pointer }, depth);
    default: {
      const candidates = stringCandidates(context, schema, hint);
      return candidates.find((candidate) => context.checker.accepts(located.pointer, candidate)) ?? candidates[0];
    }
  }
}

function isNullOnly(schema: unknown): boolean {
  return isObject(schema) && schema.type === 'null';
}

/** A value for the schema, retried until the document's validator accepts it (or attempts run out). */
export function validValue(context: GeneratorContext, located: Located<Schema>, hint: string): Generated {
  let value: unknown;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    value = draft(context, located, hint);
    if (context.checker.accepts(located.pointer, value)) return { value, valid: true };
  }
  return { value, valid: false };
}
