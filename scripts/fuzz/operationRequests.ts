import { combineExpectations, type FuzzRequest, type IdentityKind, type OperationCaseKind } from './fuzzRequest';
import type { GeneratorContext } from './generatorContext';
import { PROTOTYPE_KEYS } from './hostileValues';
import { invalidValue } from './invalidValues';
import { parseJsonText, toJsonText } from './jsonText';
import type { Operation, OperationParameter } from './operations';
import { invalidParameter, type ParameterInput, rawWireValue, validParameter, wireValue } from './parameterValues';
import { validValue } from './validValues';

const JSON_TYPE = 'application/json';
/** Past trpc-to-openapi's default 100 KB body limit. */
const OVERSIZED_BODY_CHARACTERS = 300_000;

interface BodyInput {
  text: string | Buffer | null;
  contentType: string | null;
  valid: boolean | null;
  note: string;
}

/** The case kinds that make sense for this operation. */
export function caseKindsFor(operation: Operation): OperationCaseKind[] {
  const kinds: OperationCaseKind[] = ['valid', 'extra-query'];
  if (operation.parameters.length > 0) kinds.push('invalid-parameter');
  if (operation.parameters.some((parameter) => parameter.required)) kinds.push('missing-parameter');
  if (operation.body) kinds.push('invalid-body', 'raw-body');
  return kinds;
}

function validBody(context: GeneratorContext, operation: Operation): BodyInput {
  const body = operation.body;
  if (!body) return { text: null, contentType: null, valid: true, note: '' };
  if (!body.schema) return { text: 'x', contentType: body.mediaType, valid: null, note: 'an unsupported body' };
  if (!body.required && context.random.chance(0.1))
    return { text: null, contentType: null, valid: true, note: 'no body' };
  const generated = validValue(context, body.schema, 'body');
  return { text: toJsonText(generated.value), contentType: JSON_TYPE, valid: generated.valid, note: '' };
}

function invalidBody(context: GeneratorContext, operation: Operation): BodyInput {
  const schema = operation.body?.schema;
  if (!schema) return { text: Buffer.from([0xff, 0xfe, 0x00]), contentType: JSON_TYPE, valid: null, note: 'bytes' };
  const mutation = invalidValue(context, schema, 'body');
  const text = toJsonText(mutation.value);
  const parsed = parseJsonText(text);
  return {
    text,
    contentType: JSON_TYPE,
    valid: parsed.ok ? context.checker.accepts(schema.pointer, parsed.value) : false,
    note: `body: ${mutation.note}`,
  };
}

function rawBody(context: GeneratorContext, operation: Operation): BodyInput {
  const { random } = context;
  const valid = validBody(context, operation);
  const validText = typeof valid.text === 'string' ? valid.text : '{}';
  const required = operation.body?.required === true;
  const options: (() => BodyInput)[] = [
    () => ({
      text: validText.slice(0, Math.max(1, validText.length - 1)),
      contentType: JSON_TYPE,
      valid: false,
      note: 'truncated JSON',
    }),
    () => ({
      text: random.pick(['{', '{"a":}', "{'a':1}", '{"a":1,}', 'nul', '{"a":1}{"b":2}', '\u0000']),
      contentType: JSON_TYPE,
      valid: false,
      note: 'malformed JSON',
    }),
    () => ({ text: '', contentType: JSON_TYPE, valid: !required, note: 'an empty body' }),
    () => ({ text: null, contentType: null, valid: !required, note: 'no body and no content type' }),
    () => {
      const text = random.pick(['null', '[]', '"text"', '0', 'true', '[{}]']);
      const parsed = parseJsonText(text);
      const schema = operation.body?.schema;
      return {
        text,
        contentType: JSON_TYPE,
        valid: schema && parsed.ok ? context.checker.accepts(schema.pointer, parsed.value) : null,
        note: `the JSON ${text}`,
      };
    },
    () => ({
      text: validText,
      contentType: random.pick([
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'application/xml',
        'application/json; charset=latin1',
      ]),
      valid: null,
      note: 'valid JSON under another content type',
    }),
    () => ({ text: `\uFEFF${validText}`, contentType: JSON_TYPE, valid: null, note: 'JSON after a byte-order mark' }),
    () => ({
      text: Buffer.concat([Buffer.from('{"x":"'), Buffer.from([0xc3, 0x28, 0xff, 0xfe]), Buffer.from('"}')]),
      contentType: JSON_TYPE,
      valid: null,
      note: 'invalid UTF-8 in a string',
    }),
    () => ({
      text: `{"padding":"${'x'.repeat(OVERSIZED_BODY_CHARACTERS)}"}`,
      contentType: JSON_TYPE,
      valid: null,
      note: `a ${OVERSIZED_BODY_CHARACTERS / 1000} KB body`,
    }),
  ];
  return random.pick(options)();
}

function pathWith(operation: Operation, inputs: Map<OperationParameter, ParameterInput>): string {
  return operation.path.replace(/\{([^}]+)\}/g, (whole, name: string) => {
    const entry = [...inputs].find(([parameter]) => parameter.in === 'path' && parameter.name === name);
    return entry ? entry[1].values.map((value) => value.encoded).join(',') : whole;
  });
}

function headerSafe(text: string): string {
  return /^[\t\x20-\x7e\x80-\xff]*$/.test(text) ? text : encodeURIComponent(text);
}

type Inputs = Map<OperationParameter, ParameterInput>;

/** Valid values for the required parameters and about half the optional ones, then one broken as the kind says. */
function parameterInputs(context: GeneratorContext, operation: Operation, kind: OperationCaseKind, notes: string[]) {
  const { random } = context;
  const inputs: Inputs = new Map();
  for (const parameter of operation.parameters) {
    if (parameter.required || random.chance(0.5)) inputs.set(parameter, validParameter(context, parameter));
  }
  if (kind === 'invalid-parameter' && operation.parameters.length > 0) {
    const parameter = random.pick(operation.parameters);
    const input = invalidParameter(context, parameter);
    inputs.set(parameter, input);
    notes.push(`${parameter.in} ${parameter.name}: ${input.note}`);
  }
  if (kind === 'missing-parameter') {
    const parameter = random.pick(operation.parameters.filter((candidate) => candidate.required));
    inputs.set(parameter, { values: parameter.in === 'path' ? [wireValue('')] : [], valid: false, note: 'missing' });
    notes.push(`without ${parameter.in} ${parameter.name}`);
  }
  return inputs;
}

/** Query keys the document does not list, prototype-polluting ones among them. */
function extraQuery(context: GeneratorContext, operation: Operation, notes: string[]): string[] {
  const { random } = context;
  const documented = new Set(operation.parameters.map((parameter) => parameter.name));
  const extras = Array.from({ length: random.int(1, 3) }, () =>
    random.pick([
      ...PROTOTYPE_KEYS,
      '__proto__[polluted]',
      'constructor[prototype][polluted]',
      'a[b]',
      'undocumented',
      '',
    ]),
  ).filter((key) => !documented.has(key));
  notes.push(`extra query keys ${extras.map((key) => JSON.stringify(key)).join(', ')}`);
  return extras.map((key) => {
    const value = random.pick([wireValue('x'), wireValue(''), wireValue('1'), rawWireValue('%00')]);
    return `${encodeURIComponent(key).replaceAll('%5B', '[').replaceAll('%5D', ']')}=${value.encoded}`;
  });
}

function queryParts(inputs: Inputs): string[] {
  return [...inputs]
    .filter(([parameter]) => parameter.in === 'query')
    .flatMap(([parameter, input]) =>
      input.values.map((value) => `${encodeURIComponent(parameter.name)}=${value.encoded}`),
    );
}

function bodyFor(context: GeneratorContext, operation: Operation, kind: OperationCaseKind): BodyInput {
  if (kind === 'invalid-body') return invalidBody(context, operation);
  if (kind === 'raw-body') return rawBody(context, operation);
  return validBody(context, operation);
}

/** The header and cookie parameters, and the body's content type. */
function requestHeaders(inputs: Inputs, body: BodyInput): Record<string, string> {
  const headers: Record<string, string> = {};
  if (body.contentType) headers['content-type'] = body.contentType;
  const cookies: string[] = [];
  for (const [parameter, input] of inputs) {
    const text = input.values.map((value) => value.decoded ?? value.encoded).join(',');
    if (parameter.in === 'header') headers[parameter.name.toLowerCase()] = headerSafe(text);
    if (parameter.in === 'cookie')
      cookies.push(`${parameter.name}=${input.values.map((value) => value.encoded).join(',')}`);
  }
  if (cookies.length) headers.cookie = cookies.join('; ');
  return headers;
}

/** One request for an operation: valid inputs, with one part broken as the case kind says. */
export function operationRequest(
  context: GeneratorContext,
  operation: Operation,
  serverPath: string,
  kind: OperationCaseKind,
  identity: IdentityKind,
  index: number,
): FuzzRequest {
  const notes: string[] = [];
  const inputs = parameterInputs(context, operation, kind, notes);
  const routeUncertain = [...inputs].some(
    ([parameter, input]) => parameter.in === 'path' && input.values.every((value) => value.encoded === ''),
  );
  const query = queryParts(inputs);
  if (kind === 'extra-query') query.push(...extraQuery(context, operation, notes));
  const body = bodyFor(context, operation, kind);
  if (body.note) notes.push(body.note);

  return {
    index,
    service: operation.service,
    operation,
    probe: null,
    kind,
    identity,
    method: operation.method,
    target: `${serverPath}${pathWith(operation, inputs)}${query.length ? `?${query.join('&')}` : ''}`,
    headers: requestHeaders(inputs, body),
    body: body.text,
    expectation: routeUncertain
      ? 'either'
      : combineExpectations([...[...inputs.values()].map((input) => input.valid), body.valid]),
    routeUncertain,
    note: notes.join('; ') || 'valid input',
  };
}
