/**
 * The parts of an OpenAPI 3.1 document the fuzzer reads, and JSON-pointer access into it. Every
 * schema is handled with its pointer, so the validator compiles it in place (its $refs resolve
 * against the whole document).
 */
export type SchemaObject = { [keyword: string]: unknown };
export type Schema = SchemaObject | boolean;

export interface OpenApiDocument {
  openapi: string;
  info?: { title?: string };
  servers?: { url: string }[];
  paths?: Record<string, Record<string, unknown>>;
  components?: Record<string, unknown>;
  security?: unknown[];
}

/** A value in the document and where it is. */
export interface Located<T> {
  value: T;
  pointer: string;
}

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function pointerTo(...tokens: (string | number)[]): string {
  return tokens.map((token) => `/${String(token).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

function valueAt(document: OpenApiDocument, pointer: string): unknown {
  let value: unknown = document;
  for (const raw of pointer.split('/').slice(1)) {
    const token = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    value = Array.isArray(value) ? value[Number(token)] : isObject(value) ? value[token] : undefined;
  }
  return value;
}

/** Follows local `$ref`s (`#/components/...`) to the value itself; a foreign or dangling ref throws. */
export function resolveRef(document: OpenApiDocument, located: Located<unknown>): Located<unknown> {
  let current = located;
  for (let hops = 0; isObject(current.value) && typeof current.value.$ref === 'string'; hops++) {
    const ref = current.value.$ref;
    if (!ref.startsWith('#/') || hops > 32) throw new Error(`cannot follow $ref ${ref} at ${current.pointer}`);
    const pointer = ref.slice(1);
    const value = valueAt(document, pointer);
    if (value === undefined) throw new Error(`dangling $ref ${ref} at ${current.pointer}`);
    current = { value, pointer };
  }
  return current;
}

/** The schema at a pointer with its `$ref`s followed, for generators that look at keywords. */
export function schemaAt(document: OpenApiDocument, located: Located<unknown>): Located<Schema> {
  const resolved = resolveRef(document, located);
  const value = resolved.value;
  if (typeof value === 'boolean' || isObject(value)) return { value, pointer: resolved.pointer };
  throw new Error(`no schema at ${located.pointer}`);
}
