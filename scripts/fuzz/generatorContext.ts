import {
  isObject,
  type Located,
  type OpenApiDocument,
  type Schema,
  type SchemaObject,
  schemaAt,
} from './openApiDocument';
import type { Random } from './random';
import type { SchemaChecker } from './schemaChecker';

/** What value generators need: the document, its validator, its vocabulary, and the case's random stream. */
export interface GeneratorContext {
  document: OpenApiDocument;
  checker: SchemaChecker;
  /** Enum values found anywhere in the document, by the property or parameter name they belong to. */
  vocabulary: ReadonlyMap<string, readonly unknown[]>;
  random: Random;
}

/** A subschema of a located schema (`properties/name`, `anyOf/0`, `items`), with its own pointer. */
export function subschema(context: GeneratorContext, parent: Located<Schema>, ...tokens: string[]): Located<Schema> {
  let value: unknown = parent.value;
  for (const token of tokens)
    value = isObject(value) ? value[token] : Array.isArray(value) ? value[Number(token)] : undefined;
  const escaped = tokens.map((token) => token.replaceAll('~', '~0').replaceAll('/', '~1'));
  return schemaAt(context.document, { value, pointer: [parent.pointer, ...escaped].join('/') });
}

/** The JSON types a schema allows, from `type` or, failing that, from the keywords it uses. */
export function typesOf(schema: SchemaObject): string[] {
  if (typeof schema.type === 'string') return [schema.type];
  if (Array.isArray(schema.type)) return schema.type.filter((type): type is string => typeof type === 'string');
  if ('properties' in schema || 'required' in schema || 'additionalProperties' in schema) return ['object'];
  if ('items' in schema || 'prefixItems' in schema) return ['array'];
  if ('pattern' in schema || 'minLength' in schema || 'maxLength' in schema || 'format' in schema) return ['string'];
  if ('minimum' in schema || 'maximum' in schema || 'exclusiveMinimum' in schema) return ['number'];
  return [];
}

function addValues(vocabulary: Map<string, Set<unknown>>, name: string, schema: unknown): void {
  if (!isObject(schema)) return;
  const values = [
    ...(Array.isArray(schema.enum) ? schema.enum : []),
    ...('const' in schema ? [schema.const] : []),
    ...(isObject(schema.items) && Array.isArray(schema.items.enum) ? schema.items.enum : []),
  ];
  for (const branch of [schema.anyOf, schema.oneOf].flat()) {
    if (isObject(branch) && Array.isArray(branch.enum)) values.push(...branch.enum);
  }
  if (values.length === 0) return;
  const known = vocabulary.get(name) ?? new Set();
  for (const value of values) if (value !== null) known.add(value);
  vocabulary.set(name, known);
}

/**
 * Enum values by name across the whole document: a path parameter `{key}` with no enum of its own
 * still gets the accord keys that responses list under `key`.
 */
export function collectVocabulary(document: OpenApiDocument): Map<string, readonly unknown[]> {
  const vocabulary = new Map<string, Set<unknown>>();
  const seen = new Set<unknown>();
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    if (isObject(node)) {
      if (isObject(node.properties)) {
        for (const [name, schema] of Object.entries(node.properties)) {
          const resolved =
            isObject(schema) && typeof schema.$ref === 'string'
              ? schemaAt(document, { value: schema, pointer: '' }).value
              : schema;
          addValues(vocabulary, name, resolved);
        }
      }
      if (typeof node.name === 'string' && typeof node.in === 'string') addValues(vocabulary, node.name, node.schema);
    }
    for (const child of Object.values(node)) visit(child);
  };
  visit(document);
  return new Map([...vocabulary].map(([name, values]) => [name, [...values]]));
}
