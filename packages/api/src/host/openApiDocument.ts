import type { AnyTRPCRouter } from '@trpc/server';
import {
  acceptsRequestBody,
  forEachOpenApiProcedure,
  generateOpenApiDocument,
  normalizePath,
  type OpenAPIObject,
  type OpenApiMethod,
  type OpenApiProcedureRecord,
} from 'trpc-to-openapi';
import { z } from 'zod';
import { errorBodySchema } from '../schemas/common';
import type { CachePolicy, ProcedureAccess, ProcedureDocs } from '../trpc/procedureMeta';
import { API_TAG_DESCRIPTIONS } from './apiTags';
import { cacheControlOf } from './conditionalGet';
import type { EventStreamOperation } from './eventStreams';
import { operationErrors } from './operationErrors';
import { REST_BODY_LIMIT_BYTES } from './restRequests';
import { documentStorableText } from './storableText';

type PathItem = NonNullable<OpenAPIObject['paths']>[string];
type Operation = NonNullable<PathItem['get']>;
type Responses = NonNullable<Operation['responses']>;
type Components = NonNullable<OpenAPIObject['components']>;

export interface OpenApiDocumentOptions {
  title: string;
  version: string;
  description?: string;
  router: AnyTRPCRouter;
  /** Operations that answer with `text/event-stream` (host/eventStreams.ts), documented beside the router's. */
  eventStreams?: readonly EventStreamOperation[];
}

/** The repository has no open-source license: the documents say so. */
export const API_LICENSE = {
  name: 'Proprietary (all rights reserved)',
  identifier: 'LicenseRef-Scentence-Proprietary',
};

const BEARER_SCHEME = 'bearer';
const ERROR_BODY = 'ErrorBody';
const RETRY_AFTER = 'RetryAfter';

const ACCESS_NOTES: Record<ProcedureAccess, string> = {
  public: 'Public: no token needed.',
  member: "Needs a member's bearer token.",
  admin: "Needs an admin's bearer token.",
  service: "For Scentence's own servers only: needs the web server's service token.",
};

function asSentence(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

function errorResponses(operation: Operation, meta: ProcedureDocs, method: OpenApiMethod): Responses {
  const hasInput = (operation.parameters?.length ?? 0) > 0 || operation.requestBody !== undefined;
  const responses: Responses = { 200: operation.responses?.['200'] };
  const errors = operationErrors({
    ...meta,
    hasInput,
    takesBody: acceptsRequestBody(method),
    bodyLimitBytes: REST_BODY_LIMIT_BYTES,
  });
  for (const { status, description } of errors) {
    responses[status] = {
      description,
      ...(status === 429 && { headers: { 'Retry-After': { $ref: `#/components/headers/${RETRY_AFTER}` } } }),
      content: { 'application/json': { schema: { $ref: `#/components/schemas/${ERROR_BODY}` } } },
    };
  }
  return responses;
}

/** A cacheable GET (host/conditionalGet.ts): its validators, and the 304 that `If-None-Match` can bring. */
function documentConditionalGet(operation: Operation, policy: CachePolicy) {
  const validators = {
    ETag: {
      description: 'Changes when the answer may change (a new catalog or map); send it back as `If-None-Match`.',
      schema: { type: 'string' as const },
    },
    'Cache-Control': {
      description: `\`${cacheControlOf(policy)}\``,
      schema: { type: 'string' as const },
    },
  };
  const ok = operation.responses?.['200'];
  if (ok && !('$ref' in ok)) ok.headers = { ...ok.headers, ...validators };
  operation.responses = {
    ...operation.responses,
    304: { description: 'Not modified: `If-None-Match` names the current ETag; no body.', headers: validators },
  };
  operation.parameters = [
    ...(operation.parameters ?? []),
    {
      name: 'If-None-Match',
      in: 'header',
      required: false,
      description: 'The ETag of an answer already held: 304 when it is still current.',
      schema: { type: 'string' },
    },
  ];
}

/** trpc-to-openapi's guesses (a 500, `{ message }` issues, `protect`) give way to what the host really does. */
function documentOperation(
  operation: Operation,
  meta: ProcedureDocs & { openapi: { description?: string } },
  method: OpenApiMethod,
) {
  const access = meta.access ?? 'public';
  operation.responses = errorResponses(operation, meta, method);
  if (meta.cache) documentConditionalGet(operation, meta.cache);
  operation.security = access === 'public' ? [] : [{ [BEARER_SCHEME]: [] }];
  operation.description = [meta.openapi.description ?? operation.summary, ACCESS_NOTES[access]]
    .filter((text) => text !== undefined)
    .map(asSentence)
    .join(' ');
  for (const parameter of operation.parameters ?? []) {
    // A list in the query is comma-separated (`accords=woody,citrus`).
    if ('in' in parameter && parameter.in === 'query' && parameter.schema && 'type' in parameter.schema) {
      if (parameter.schema.type === 'array') Object.assign(parameter, { style: 'form', explode: false });
    }
    // The input guard reads what becomes input: query and path parameters, not headers.
    if ('in' in parameter && (parameter.in === 'query' || parameter.in === 'path')) {
      documentStorableText(parameter.schema);
    }
  }
  const body = operation.requestBody;
  if (body && 'content' in body) for (const media of Object.values(body.content)) documentStorableText(media.schema);
}

/** A JSON Schema of what the wire carries, as the document embeds it. */
function jsonSchemaOf(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return rest;
}

/** An event-stream operation: its JSON body, each event's JSON as `data`, and the errors it answers before streaming. */
function documentEventStream(document: OpenAPIObject, stream: EventStreamOperation): void {
  const operation: Operation = {
    operationId: stream.procedure,
    summary: stream.docs.summary,
    tags: stream.docs.tags,
    requestBody: {
      required: true,
      content: { 'application/json': { schema: jsonSchemaOf(stream.input, 'input') } },
    },
    responses: {
      200: {
        description:
          'Server-sent events: each has `event: <type>` and its JSON as `data` (the schema below); the stream ends after `done` or `error`.',
        content: { 'text/event-stream': { schema: jsonSchemaOf(stream.event, 'output') } },
      },
    },
  };
  document.paths = { ...document.paths, [stream.path]: { ...document.paths?.[stream.path], post: operation } };
  documentOperation(operation, { ...stream.docs, openapi: { description: stream.docs.description } }, 'POST');
}

function usedTags(document: OpenAPIObject): string[] {
  const names = Object.values(document.paths ?? {}).flatMap((item: PathItem) =>
    (['get', 'post', 'put', 'patch', 'delete'] as const).flatMap((method) => item[method]?.tags ?? []),
  );
  return [...new Set(names)];
}

/** The components the operations use; trpc-to-openapi's own error schemas describe bodies we never send. */
function components(document: OpenAPIObject): Components {
  const generated = document.components ?? {};
  const paths = JSON.stringify(document.paths);
  const schemas = Object.entries(generated.schemas ?? {}).filter(([name]) => !name.startsWith('error.'));
  return {
    ...generated,
    schemas: Object.fromEntries(schemas),
    securitySchemes: paths.includes(`"${BEARER_SCHEME}":[]`) ? generated.securitySchemes : {},
    ...(paths.includes(`#/components/headers/${RETRY_AFTER}`) && {
      headers: {
        ...generated.headers,
        [RETRY_AFTER]: {
          description: 'Seconds to wait before trying again.',
          required: true,
          schema: { type: 'integer', minimum: 1 },
        },
      },
    }),
  };
}

/**
 * The service's OpenAPI document, generated from its router once: every operation lists each
 * status it can answer with the one error body, its security, a description and its tags.
 */
export function createOpenApiDocument(options: OpenApiDocumentOptions): OpenAPIObject {
  const document = generateOpenApiDocument(options.router, {
    title: options.title,
    version: options.version,
    description: options.description,
    license: API_LICENSE,
    baseUrl: '/api',
    securitySchemes: {
      [BEARER_SCHEME]: {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'JWT',
        description: 'A short-lived access token signed by Scentence, sent as `Authorization: Bearer <token>`.',
      },
    },
    defs: { [ERROR_BODY]: errorBodySchema },
  });
  const procedures = options.router._def.procedures as OpenApiProcedureRecord;
  forEachOpenApiProcedure<ProcedureDocs>(procedures, ({ meta }) => {
    const method = meta.openapi.method;
    const operation = document.paths?.[normalizePath(meta.openapi.path)]?.[method.toLowerCase() as 'get'];
    if (operation) documentOperation(operation, meta, method);
  });
  for (const stream of options.eventStreams ?? []) documentEventStream(document, stream);
  return {
    ...document,
    components: components(document),
    tags: usedTags(document).map((name) => ({ name, description: API_TAG_DESCRIPTIONS[name] })),
  };
}

/** The document as reached at `apiBase` (`/api` directly, another prefix behind the web app's proxy). */
export function withServerUrl(document: OpenAPIObject, apiBase: string): OpenAPIObject {
  return { ...document, servers: [{ url: apiBase }] };
}
