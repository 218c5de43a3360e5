import {
  HTTP_METHODS,
  isObject,
  type Located,
  type OpenApiDocument,
  pointerTo,
  resolveRef,
  type Schema,
  schemaAt,
} from './openApiDocument';

export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';

export interface OperationParameter {
  name: string;
  in: ParameterLocation;
  required: boolean;
  schema: Located<Schema>;
  /** How an array goes on the wire: repeated (`a=1&a=2`) or joined by this delimiter (`a=1,2`). */
  arrayDelimiter: ',' | ' ' | '|' | null;
}

const DELIMITERS: Record<string, ',' | ' ' | '|'> = { form: ',', simple: ',', spaceDelimited: ' ', pipeDelimited: '|' };

/** OpenAPI's serialization rules: query defaults to form/explode, path and header to simple. */
function arrayDelimiterOf(location: ParameterLocation, style: unknown, explode: unknown): ',' | ' ' | '|' | null {
  const effectiveStyle =
    typeof style === 'string' ? style : location === 'query' || location === 'cookie' ? 'form' : 'simple';
  const exploded = typeof explode === 'boolean' ? explode : effectiveStyle === 'form';
  if (location === 'query' && exploded) return null;
  return DELIMITERS[effectiveStyle] ?? ',';
}

export interface OperationBody {
  required: boolean;
  mediaType: string;
  schema: Located<Schema> | null;
}

export interface DocumentedResponse {
  /** "200", "4XX" or "default", as the document keys it. */
  status: string;
  mediaTypes: string[];
  /** The schema of its application/json content, when it has one. */
  jsonSchema: Located<Schema> | null;
}

export interface Operation {
  service: string;
  method: string;
  /** The path template as documented, e.g. /perfumes/{id}. */
  path: string;
  operationId: string | null;
  parameters: OperationParameter[];
  body: OperationBody | null;
  responses: DocumentedResponse[];
  /** The document asks for credentials (a non-empty security requirement without an empty alternative). */
  requiresCredentials: boolean;
  /** What the fuzzer cannot generate input for; such parts get only generic garbage. */
  unsupported: string[];
}

export function describeOperation(operation: Pick<Operation, 'service' | 'method' | 'path'>): string {
  return `${operation.service} ${operation.method} ${operation.path}`;
}

function requiresCredentials(security: unknown): boolean {
  if (!Array.isArray(security) || security.length === 0) return false;
  return security.every((requirement) => isObject(requirement) && Object.keys(requirement).length > 0);
}

function parametersOf(
  document: OpenApiDocument,
  declared: Located<unknown>[],
  unsupported: string[],
): OperationParameter[] {
  const byKey = new Map<string, OperationParameter>();
  for (const entry of declared) {
    const { value, pointer } = resolveRef(document, entry);
    if (!isObject(value) || typeof value.name !== 'string') continue;
    const location = value.in as ParameterLocation;
    if (!['path', 'query', 'header', 'cookie'].includes(location)) continue;
    if (!('schema' in value)) {
      unsupported.push(`${location} parameter ${value.name}: described by content, not a schema`);
      continue;
    }
    const schema = schemaAt(document, { value: value.schema, pointer: `${pointer}/schema` });
    if (location === 'query' && isObject(schema.value) && schema.value.type === 'object') {
      unsupported.push(`query parameter ${value.name}: object (deepObject) values`);
    }
    if (typeof value.style === 'string' && !(value.style in DELIMITERS)) {
      unsupported.push(`${location} parameter ${value.name}: style ${value.style}`);
    }
    // Operation-level parameters override path-level ones of the same name and location.
    byKey.set(`${location}:${value.name}`, {
      name: value.name,
      in: location,
      required: location === 'path' || value.required === true,
      schema,
      arrayDelimiter: arrayDelimiterOf(location, value.style, value.explode),
    });
  }
  return [...byKey.values()];
}

function bodyOf(document: OpenApiDocument, located: Located<unknown>, unsupported: string[]): OperationBody | null {
  const { value, pointer } = resolveRef(document, located);
  if (!isObject(value) || !isObject(value.content)) return null;
  const mediaTypes = Object.keys(value.content);
  const json = mediaTypes.find((type) => /^application\/(.+\+)?json\b/.test(type));
  const mediaType = json ?? mediaTypes[0] ?? 'application/octet-stream';
  const media = value.content[mediaType];
  const schema =
    isObject(media) && 'schema' in media
      ? schemaAt(document, { value: media.schema, pointer: `${pointer}/content${pointerTo(mediaType)}/schema` })
      : null;
  if (!json)
    unsupported.push(`request body of type ${mediaTypes.join(', ') || 'none'}: only JSON bodies are generated`);
  else if (!schema) unsupported.push('JSON request body without a schema');
  return { required: value.required === true, mediaType, schema: json ? schema : null };
}

function responsesOf(document: OpenApiDocument, located: Located<unknown>): DocumentedResponse[] {
  if (!isObject(located.value)) return [];
  return Object.keys(located.value).map((status) => {
    const { value, pointer } = resolveRef(document, {
      value: (located.value as Record<string, unknown>)[status],
      pointer: `${located.pointer}${pointerTo(status)}`,
    });
    const content = isObject(value) && isObject(value.content) ? value.content : {};
    const mediaTypes = Object.keys(content);
    const json = mediaTypes.find((type) => /^application\/(.+\+)?json\b/.test(type));
    const media = json ? content[json] : undefined;
    const jsonSchema =
      json && isObject(media) && 'schema' in media
        ? schemaAt(document, { value: media.schema, pointer: `${pointer}/content${pointerTo(json)}/schema` })
        : null;
    return { status, mediaTypes, jsonSchema };
  });
}

/** Every operation of a document, with its inputs and documented answers. */
export function listOperations(service: string, document: OpenApiDocument): Operation[] {
  if (!document.openapi?.startsWith('3.1')) {
    throw new Error(`${service}: the fuzzer reads OpenAPI 3.1 documents, this one is ${document.openapi}`);
  }
  const operations: Operation[] = [];
  for (const [path, pathItem] of Object.entries(document.paths ?? {})) {
    const pathPointer = pointerTo('paths', path);
    const item = resolveRef(document, { value: pathItem, pointer: pathPointer });
    if (!isObject(item.value)) continue;
    const shared = Array.isArray(item.value.parameters)
      ? item.value.parameters.map((value, index) => ({ value, pointer: `${item.pointer}/parameters/${index}` }))
      : [];
    for (const method of HTTP_METHODS) {
      const operation = item.value[method];
      if (!isObject(operation)) continue;
      const pointer = `${item.pointer}/${method}`;
      const unsupported: string[] = [];
      const own = Array.isArray(operation.parameters)
        ? operation.parameters.map((value, index) => ({ value, pointer: `${pointer}/parameters/${index}` }))
        : [];
      operations.push({
        service,
        method: method.toUpperCase(),
        path,
        operationId: typeof operation.operationId === 'string' ? operation.operationId : null,
        parameters: parametersOf(document, [...shared, ...own], unsupported),
        body:
          operation.requestBody === undefined
            ? null
            : bodyOf(document, { value: operation.requestBody, pointer: `${pointer}/requestBody` }, unsupported),
        responses: responsesOf(document, { value: operation.responses, pointer: `${pointer}/responses` }),
        requiresCredentials: requiresCredentials(operation.security ?? document.security),
        unsupported,
      });
    }
  }
  return operations;
}
