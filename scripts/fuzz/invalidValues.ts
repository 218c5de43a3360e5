import { type GeneratorContext, subschema, typesOf } from './generatorContext';
import {
  EDGE_INTEGERS,
  EDGE_NUMBER_LITERALS,
  INJECTION_STRINGS,
  ODD_UNICODE,
  PLAUSIBLE_WORDS,
  PROTOTYPE_KEYS,
} from './hostileValues';
import { RawJson } from './jsonText';
import { isObject, type Located, type Schema, type SchemaObject } from './openApiDocument';
import type { Random } from './random';
import { setKey, validValue } from './validValues';

/** A value meant to break the schema, and what was done; the validator decides whether it does. */
export interface Mutation {
  value: unknown;
  note: string;
}

const HUGE_STRING_LENGTH = 100_000;

const SAMPLES_BY_TYPE: Record<string, () => unknown[]> = {
  string: () => ['12', '', 'true', 'null'],
  integer: () => [42, -1, 0],
  number: () => [1.5, -0.5],
  boolean: () => [true, false],
  null: () => [null],
  array: () => [[], ['x'], [1, 2]],
  object: () => [{}, { x: 1 }],
};

function wrongType(random: Random, types: string[]): Mutation {
  const allowed = new Set(types.includes('number') ? [...types, 'integer'] : types);
  const others = Object.keys(SAMPLES_BY_TYPE).filter((type) => !allowed.has(type));
  const type = random.pick(others.length ? others : ['object']);
  return {
    value: random.pick(SAMPLES_BY_TYPE[type]?.() ?? [{}]),
    note: `a ${type} where ${types.join('|') || 'anything'} is documented`,
  };
}

export function hostileString(random: Random): string {
  return random.weighted<() => string>([
    [() => random.pick(ODD_UNICODE), 4],
    [() => random.pick(INJECTION_STRINGS), 4],
    [() => random.pick(PROTOTYPE_KEYS), 2],
    [() => random.pick(['가', '🌹', 'a', '\u0301']).repeat(HUGE_STRING_LENGTH), 1],
  ])();
}

function stringMutation(context: GeneratorContext, located: Located<SchemaObject>, hint: string): Mutation {
  const { random } = context;
  const schema = located.value;
  const base = String(validValue(context, located, hint).value ?? 'a');
  const options: (() => Mutation)[] = [
    () => ({ value: hostileString(random), note: 'a hostile string' }),
    () => ({ value: 'x'.repeat(HUGE_STRING_LENGTH), note: `a ${HUGE_STRING_LENGTH}-character string` }),
    () => ({
      value: `${base}${random.pick(['!', ' ', '\u0000', '\n', '%', '<'])}`,
      note: 'a valid string with one odd character',
    }),
  ];
  if (typeof schema.minLength === 'number' && schema.minLength > 0) {
    options.push(() => ({
      value: [...base].slice(0, (schema.minLength as number) - 1).join(''),
      note: 'one character below minLength',
    }));
  }
  if (typeof schema.maxLength === 'number') {
    options.push(() => ({
      value: base.padEnd((schema.maxLength as number) + 1, base || 'a'),
      note: 'one character past maxLength',
    }));
  }
  if (Array.isArray(schema.enum) && schema.enum.length > 0) {
    const member = String(random.pick(schema.enum));
    options.push(() => ({
      value: random.pick([
        member.toUpperCase(),
        ` ${member}`,
        `${member}\u0000`,
        'constructor',
        '__proto__',
        `${member}s`,
      ]),
      note: 'a near miss of an enum value',
    }));
  }
  return random.pick(options)();
}

function numberMutation(context: GeneratorContext, schema: SchemaObject, integer: boolean): Mutation {
  const { random } = context;
  const options: (() => Mutation)[] = [
    () => ({ value: random.pick(EDGE_INTEGERS), note: 'an integer at a column or JavaScript limit' }),
    () => ({
      value: new RawJson(random.pick(EDGE_NUMBER_LITERALS)),
      note: 'a number literal past what a double holds',
    }),
    () => ({ value: String(random.int(1, 400)), note: 'a number as a string' }),
  ];
  if (integer)
    options.push(() => ({ value: random.int(1, 100) + 0.5, note: 'a fraction where an integer is documented' }));
  const low = typeof schema.minimum === 'number' ? schema.minimum : schema.exclusiveMinimum;
  const high = typeof schema.maximum === 'number' ? schema.maximum : schema.exclusiveMaximum;
  if (typeof low === 'number')
    options.push(() => ({ value: low - (integer ? 1 : 0.001), note: 'just below the minimum' }));
  if (typeof high === 'number')
    options.push(() => ({ value: high + (integer ? 1 : 0.001), note: 'just past the maximum' }));
  return random.pick(options)();
}

/** `count` items cycling through the valid ones (or counting up when there are none). */
function repeatItems(base: readonly unknown[], count: number): unknown[] {
  return Array.from({ length: count }, (_, index) => base[index % Math.max(1, base.length)] ?? index);
}

/** Where a container is mutated: its schema, the name it is for, and how deep in the value it is. */
interface MutationSite {
  context: GeneratorContext;
  located: Located<SchemaObject>;
  hint: string;
  depth: number;
}

/** What a container's mutations start from: its schema and a valid value of it to spoil. */
function spoilable(context: GeneratorContext, located: Located<SchemaObject>, hint: string) {
  return { random: context.random, schema: located.value, valid: validValue(context, located, hint).value };
}

function arrayMutation({ context, located, hint, depth }: MutationSite): Mutation {
  const { random, schema, valid } = spoilable(context, located, hint);
  const item = 'items' in schema ? subschema(context, located, 'items') : null;
  const base = Array.isArray(valid) ? valid : [];
  const options: (() => Mutation)[] = [
    () => ({
      value: repeatItems(base, 5_000),
      note: 'a 5,000-item array',
    }),
  ];
  if (item) {
    options.push(() => {
      const bad = invalidValue(context, item, hint, depth + 1);
      return { value: [...base, bad.value], note: `an item that is ${bad.note}` };
    });
  }
  if (typeof schema.maxItems === 'number') {
    const count = schema.maxItems + 1;
    options.push(() => ({
      value: repeatItems(base, count),
      note: 'one item past maxItems',
    }));
  }
  return random.pick(options)();
}

function objectMutation({ context, located, hint, depth }: MutationSite): Mutation {
  const { random, schema, valid } = spoilable(context, located, hint);
  const base: Record<string, unknown> = {};
  if (isObject(valid)) for (const key of Object.keys(valid)) setKey(base, key, valid[key]);
  const required = Array.isArray(schema.required)
    ? schema.required.filter((name): name is string => typeof name === 'string')
    : [];
  const properties = isObject(schema.properties) ? Object.keys(schema.properties) : [];
  const options: (() => Mutation)[] = [
    () => {
      const key = random.pick([...PROTOTYPE_KEYS, 'unexpected', 'id', 'role', '']);
      setKey(base, key, random.pick<unknown>(['x', null, 1, { polluted: true }, [], { toString: 'x' }]));
      return { value: base, note: `an extra property "${key}"` };
    },
    () => {
      setKey(base, 'nested', new RawJson(`${'['.repeat(5_000)}${']'.repeat(5_000)}`));
      return { value: base, note: 'an extra property nested 5,000 arrays deep' };
    },
  ];
  if (required.length > 0) {
    options.push(() => {
      const name = random.pick(required);
      delete base[name];
      return { value: base, note: `without the required property "${name}"` };
    });
  }
  if (properties.length > 0) {
    const propertyMutation = () => {
      const name = random.pick(properties);
      const bad = invalidValue(context, subschema(context, located, 'properties', name), name, depth + 1);
      setKey(base, name, bad.value);
      return { value: base, note: `"${name}" is ${bad.note}` };
    };
    options.push(propertyMutation, propertyMutation, propertyMutation);
  }
  return random.pick(options)();
}

/** A value likely to break the schema at `located`, going into objects and arrays. */
export function invalidValue(context: GeneratorContext, located: Located<Schema>, hint: string, depth = 0): Mutation {
  const { random } = context;
  const schema = located.value;
  if (typeof schema === 'boolean' || depth > 6) return wrongType(random, []);
  for (const keyword of ['anyOf', 'oneOf'] as const) {
    const branches = schema[keyword];
    if (Array.isArray(branches) && branches.length > 0 && random.chance(0.8)) {
      const index = random.int(0, branches.length - 1);
      return invalidValue(context, subschema(context, located, keyword, String(index)), hint, depth + 1);
    }
  }
  const types = typesOf(schema);
  if (random.chance(0.2) || types.length === 0) return wrongType(random, types);
  const at = { value: schema, pointer: located.pointer };
  switch (random.pick(types)) {
    case 'string':
      return stringMutation(context, at, hint);
    case 'integer':
      return numberMutation(context, schema, true);
    case 'number':
      return numberMutation(context, schema, false);
    case 'array':
      return arrayMutation({ context, located: at, hint, depth });
    case 'object':
      return objectMutation({ context, located: at, hint, depth });
    default:
      return random.chance(0.5) ? wrongType(random, types) : { value: random.pick(PLAUSIBLE_WORDS), note: 'a word' };
  }
}
