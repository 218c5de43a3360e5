import type { GeneratorContext } from './generatorContext';
import { BROKEN_PERCENT_ENCODINGS, NUMBER_LOOKALIKES, PROTOTYPE_KEYS } from './hostileValues';
import { hostileString, invalidValue } from './invalidValues';
import { isObject } from './openApiDocument';
import type { OperationParameter } from './operations';
import { validValue } from './validValues';

/** One occurrence of a parameter on the wire, and what it decodes to (null: it does not decode). */
export interface WireValue {
  encoded: string;
  decoded: string | null;
}

/** A parameter's occurrences (several for an exploded array), and whether the document accepts them. */
export interface ParameterInput {
  values: WireValue[];
  /** true: the document accepts this; false: it forbids it; null: the fuzzer cannot tell. */
  valid: boolean | null;
  note: string;
}

/** encodeURIComponent that also writes lone surrogates (as WTF-8 bytes) instead of throwing. */
export function encodeComponent(text: string): string {
  let encoded = '';
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    if (code >= 0xd800 && code <= 0xdfff) {
      encoded += [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
        .map((byte) => `%${byte.toString(16).toUpperCase()}`)
        .join('');
    } else {
      encoded += encodeURIComponent(character);
    }
  }
  return encoded;
}

function decodeComponent(encoded: string): string | null {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}

export function wireValue(text: string): WireValue {
  const encoded = encodeComponent(text);
  return { encoded, decoded: decodeComponent(encoded) };
}

export function rawWireValue(encoded: string): WireValue {
  return { encoded, decoded: decodeComponent(encoded) };
}

/** The texts a JSON value goes out as in a form-style parameter (arrays explode into repeats). */
function toTexts(value: unknown): string[] | null {
  if (Array.isArray(value)) {
    const texts = value.map(toTexts);
    return texts.every((text) => text?.length === 1) ? texts.map((text) => (text as string[])[0] as string) : null;
  }
  if (typeof value === 'string') return [value];
  if (typeof value === 'number') return Number.isFinite(value) ? [String(value)] : null;
  if (typeof value === 'boolean') return [String(value)];
  return null;
}

/** How a server may read one text as the documented type: always a string, a number only from plain decimal. */
function readings(text: string): unknown[] {
  const values: unknown[] = [text];
  if (/^-?\d+(\.\d+)?$/.test(text) && Number.isFinite(Number(text))) values.push(Number(text));
  if (text === 'true' || text === 'false') values.push(text === 'true');
  return values;
}

/** An array of texts read as strings, or each as its most specific type (number, boolean). */
function arrayReadings(texts: string[]): unknown[][] {
  return [texts, texts.map((text) => readings(text).at(-1))];
}

/**
 * Whether the document accepts these occurrences: some reading of them (one value, or an
 * array by the parameter's style) is valid against its schema. Null when a value does not
 * decode, or when a parameter serialized as one delimited value comes several times.
 */
export function parameterAccepts(
  context: GeneratorContext,
  parameter: OperationParameter,
  values: WireValue[],
): boolean | null {
  if (values.length === 0) return !parameter.required;
  if (values.some((value) => value.decoded === null)) return null;
  const texts = values.map((value) => value.decoded as string);
  const candidates: unknown[] = [];
  if (texts.length === 1) {
    const text = texts[0] as string;
    candidates.push(...readings(text));
    candidates.push(...arrayReadings(parameter.arrayDelimiter ? text.split(parameter.arrayDelimiter) : [text]));
    if (text === '' && parameter.arrayDelimiter) candidates.push([]);
  } else if (parameter.arrayDelimiter === null) {
    candidates.push(...arrayReadings(texts));
  } else {
    return null;
  }
  return candidates.some((candidate) => context.checker.accepts(parameter.schema.pointer, candidate));
}

/** The occurrences of a value: exploded arrays repeat, others join their items with the delimiter. */
function wireValuesOf(parameter: OperationParameter, value: unknown): WireValue[] | null {
  const texts = toTexts(value);
  // An empty array has no unambiguous form on the wire: draw another value.
  if (!texts || texts.length === 0) return null;
  if (!Array.isArray(value)) return texts.map(wireValue);
  if (parameter.arrayDelimiter === null) return texts.map(wireValue);
  const delimiter = parameter.arrayDelimiter;
  return [
    {
      encoded: texts.map(encodeComponent).join(delimiter === ',' ? ',' : encodeURIComponent(delimiter)),
      decoded: texts.join(delimiter),
    },
  ];
}

export function validParameter(context: GeneratorContext, parameter: OperationParameter): ParameterInput {
  for (let attempt = 0; attempt < 4; attempt++) {
    const generated = validValue(context, parameter.schema, parameter.name);
    const values = wireValuesOf(parameter, generated.value);
    if (!values || (values.length === 0 && parameter.required)) continue;
    return { values, valid: parameterAccepts(context, parameter, values), note: 'valid' };
  }
  return { values: [wireValue('x')], valid: null, note: 'no valid value could be generated' };
}

export function invalidParameter(context: GeneratorContext, parameter: OperationParameter): ParameterInput {
  const { random } = context;
  const schema = parameter.schema.value;
  const numeric = isObject(schema) && JSON.stringify(schema).includes('"integer"');
  const pick = random.weighted<() => { values: WireValue[]; note: string }>([
    [() => ({ values: [wireValue(random.pick(NUMBER_LOOKALIKES))], note: 'a number look-alike' }), numeric ? 6 : 2],
    [() => ({ values: [wireValue(hostileString(random))], note: 'a hostile string' }), 4],
    [() => ({ values: [rawWireValue(random.pick(BROKEN_PERCENT_ENCODINGS))], note: 'a broken percent-encoding' }), 2],
    [() => ({ values: [wireValue(random.pick(PROTOTYPE_KEYS))], note: 'a prototype property name' }), 1],
    [
      () => {
        const values = wireValuesOf(parameter, invalidValue(context, parameter.schema, parameter.name).value);
        return { values: values ?? [wireValue('{}')], note: 'a value outside the schema' };
      },
      4,
    ],
    [
      () => {
        const one = validParameter(context, parameter).values[0] ?? wireValue('1');
        return { values: Array.from({ length: random.pick([2, 1_000]) }, () => one), note: 'the same value repeated' };
      },
      1,
    ],
  ]);
  const { values, note } = pick();
  return { values, valid: parameterAccepts(context, parameter, values), note };
}
