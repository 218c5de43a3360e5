import type { ProcedureAccess } from '@scentence/api';
import type { AnyTRPCRouter } from '@trpc/server';
import { createIdentities } from '../../../../scripts/fuzz/identities';
import type { OpenApiDocument } from '../../../../scripts/fuzz/openApiDocument';
import { listOperations, type Operation } from '../../../../scripts/fuzz/operations';
import { createRandom } from '../../../../scripts/fuzz/random';

/** Who may call it: every access other than `public` asks for credentials. */
export type ProtectedAccess = Exclude<ProcedureAccess, 'public'>;

/** A procedure that asks for credentials, with its REST operation as the host documents it. */
export interface ProtectedOperation {
  /** The tRPC path, e.g. `wardrobe.list`. */
  name: string;
  kind: 'query' | 'mutation';
  access: ProtectedAccess;
  /** Null for a tRPC-only procedure (no `openapi` meta). */
  rest: Operation | null;
}

interface ProcedureDef {
  type: 'query' | 'mutation' | 'subscription';
  meta?: { access?: ProcedureAccess; openapi?: { method: string; path: string } };
}

/**
 * Every procedure of the router whose builder asks for credentials (its `access` meta, set by
 * `protectedProcedure`, `adminProcedure` and `serviceProcedure`), matched to the operation of the
 * service's OpenAPI document by method and path.
 */
export function protectedOperations(service: string, router: AnyTRPCRouter, document: unknown): ProtectedOperation[] {
  const documented = listOperations(service, document as OpenApiDocument);
  const procedures = router._def.procedures as Record<string, { _def: ProcedureDef }>;
  const found: ProtectedOperation[] = [];
  for (const [name, procedure] of Object.entries(procedures)) {
    const { type, meta } = procedure._def;
    const access = meta?.access ?? 'public';
    if (access === 'public') continue;
    if (type === 'subscription') throw new Error(`${service} ${name}: no matrix caller for subscriptions yet`);
    const openapi = meta?.openapi;
    const rest = openapi
      ? documented.find(
          (operation) => operation.method === openapi.method.toUpperCase() && operation.path === openapi.path,
        )
      : undefined;
    if (openapi && !rest)
      throw new Error(`${service} ${name}: ${openapi.method} ${openapi.path} is not in the document`);
    found.push({ name, kind: type, access, rest: rest ?? null });
  }
  return found;
}

/** The status a caller who is not allowed gets, as the access builders refuse and the document declares. */
export const REFUSAL = { noToken: 401, wrongRole: 403 } as const;

export interface Answer {
  status: number;
  /** `UNAUTHORIZED`, `FORBIDDEN`, `NOT_FOUND` …; null for a success. */
  code: string | null;
  text: string;
}

/** A tRPC call over HTTP, as the web app's client sends it (GET for queries, POST for mutations). */
export async function callTrpc(
  baseUrl: string,
  operation: ProtectedOperation,
  input: unknown,
  authorization: string | null,
): Promise<Answer> {
  const headers: Record<string, string> = authorization === null ? {} : { authorization };
  const url = `${baseUrl}/trpc/${operation.name}`;
  const response =
    operation.kind === 'query'
      ? await fetch(`${url}?input=${encodeURIComponent(JSON.stringify(input))}`, { headers })
      : await fetch(url, {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify(input),
        });
  const text = await response.text();
  const body = JSON.parse(text) as { error?: { data?: { code?: string } } };
  return { status: response.status, code: body.error?.data?.code ?? null, text };
}

/** The REST call the document describes: path parameters in the path, query parameters in the query, the rest as the JSON body. */
export async function callRest(
  baseUrl: string,
  operation: ProtectedOperation,
  input: Record<string, unknown>,
  authorization: string | null,
): Promise<Answer> {
  const rest = operation.rest;
  if (!rest) throw new Error(`${operation.name} has no REST operation`);
  const remaining = { ...input };
  let path = rest.path;
  const query = new URLSearchParams();
  for (const parameter of rest.parameters) {
    const value = remaining[parameter.name];
    delete remaining[parameter.name];
    if (value === undefined) continue;
    if (parameter.in === 'path') path = path.replace(`{${parameter.name}}`, encodeURIComponent(String(value)));
    else if (parameter.in === 'query') {
      for (const item of Array.isArray(value) ? value : [value]) query.append(parameter.name, String(item));
    } else throw new Error(`${operation.name}: ${parameter.in} parameter ${parameter.name} is not sent by the matrix`);
  }
  const unplaced = Object.keys(remaining);
  if (!rest.body && unplaced.length > 0)
    throw new Error(`${operation.name}: no parameter takes ${unplaced.join(', ')}`);
  const search = query.size > 0 ? `?${query}` : '';
  const response = await fetch(`${baseUrl}/api${path}${search}`, {
    method: rest.method,
    headers: {
      ...(authorization === null ? {} : { authorization }),
      ...(rest.body && { 'content-type': 'application/json' }),
    },
    ...(rest.body && { body: JSON.stringify(remaining) }),
  });
  const text = await response.text();
  const body = (text ? JSON.parse(text) : {}) as { code?: string };
  return { status: response.status, code: response.ok ? null : (body.code ?? null), text };
}

/** The error code tRPC and REST both name a refusal with. */
export const CODE_OF_STATUS: Record<number, string> = { 401: 'UNAUTHORIZED', 403: 'FORBIDDEN', 404: 'NOT_FOUND' };

/** The forged and broken Authorization headers the fuzzer sends, one drawn per operation. */
export async function forgedAuthorization(): Promise<(seed: number) => Promise<string>> {
  const identities = await createIdentities({});
  return async (seed) => {
    const header = await identities.authorization('forged', createRandom(seed));
    if (!header) throw new Error('the fuzzer gave no forged header');
    return header;
  };
}

/** The statuses an operation's document lists. */
export function documentedStatuses(operation: ProtectedOperation): string[] {
  return operation.rest?.responses.map((response) => response.status) ?? [];
}

/**
 * What is wrong with an answer, if anything: a refusal must carry its status and code, a success
 * a 2xx; and whoever may not see the owner's data never gets any of it.
 */
export function problemsWith(
  answer: Answer,
  expected: number | 'success',
  label: string,
  hiddenMarkers: readonly string[],
): string[] {
  const problems: string[] = [];
  const got = `${answer.status} ${answer.text.slice(0, 200)}`;
  if (expected === 'success') {
    if (answer.status < 200 || answer.status >= 300) problems.push(`${label}: expected a 2xx, got ${got}`);
  } else if (answer.status !== expected) {
    problems.push(`${label}: expected ${expected}, got ${got}`);
  } else if (CODE_OF_STATUS[expected] && answer.code !== CODE_OF_STATUS[expected]) {
    problems.push(`${label}: expected code ${CODE_OF_STATUS[expected]}, got ${answer.code}`);
  }
  for (const marker of hiddenMarkers) {
    if (answer.text.includes(marker)) problems.push(`${label}: the answer carries the owner's ${marker}`);
  }
  return problems;
}

/** What a member who does not own the operation's resource gets. */
export type ForeignAnswer =
  /** The resource is addressed by id: never found. */
  | 'notFound'
  /** The operation works on the caller's own data: a 2xx, without the owner's. */
  | 'ownData'
  /** Refused for the input itself (another member's password is wrong for them): this status. */
  | { status: number };

/** A valid call of one operation, made ready for its owner. */
export interface Scenario {
  input: Record<string, unknown>;
  /** The member whose resource or account the input addresses (member operations). */
  owner?: string;
  /** What only the owner's answers may contain: ids, memos, emails. */
  markers?: string[];
}

export interface OperationCase {
  /** For member operations: what another member (and an admin, who is one) gets. */
  foreign?: ForeignAnswer;
  /** A fresh owner and resource per call sequence: the owner's call may delete or change them. */
  prepare(): Promise<Scenario>;
}

export interface MatrixCallers {
  /** A fresh member's Authorization header (`Bearer …`). */
  newMember(): Promise<string>;
  admin: string;
  service: string;
  forged: (seed: number) => Promise<string>;
}

type Expected = number | 'success';

function foreignExpectation(foreign: ForeignAnswer | undefined, name: string): Expected {
  if (!foreign) throw new Error(`${name}: the case says nothing of another member's answer`);
  if (foreign === 'notFound') return 404;
  if (foreign === 'ownData') return 'success';
  return foreign.status;
}

/**
 * Who calls an operation, in order, and what each must get: the refusals first, the one caller
 * it is for last (a withdrawal or a delete must still find its resource).
 */
async function callSequence(
  operation: ProtectedOperation,
  operationCase: OperationCase,
  scenario: Scenario,
  callers: MatrixCallers,
  seed: number,
): Promise<{ caller: string; authorization: string | null; expected: Expected; maySee?: true }[]> {
  const refusedAlways = [
    { caller: 'anonymous', authorization: null, expected: REFUSAL.noToken },
    { caller: 'forged', authorization: await callers.forged(seed), expected: REFUSAL.noToken },
  ];
  if (operation.access === 'member') {
    if (!scenario.owner) throw new Error(`${operation.name}: a member operation's scenario names its owner`);
    const foreign = foreignExpectation(operationCase.foreign, operation.name);
    return [
      ...refusedAlways,
      { caller: 'service', authorization: callers.service, expected: REFUSAL.noToken },
      { caller: 'other member', authorization: await callers.newMember(), expected: foreign },
      { caller: 'admin (not the owner)', authorization: callers.admin, expected: foreign },
      { caller: 'owner', authorization: scenario.owner, expected: 'success', maySee: true },
    ];
  }
  if (operation.access === 'admin') {
    return [
      ...refusedAlways,
      { caller: 'service', authorization: callers.service, expected: REFUSAL.noToken },
      { caller: 'member', authorization: await callers.newMember(), expected: REFUSAL.wrongRole },
      { caller: 'admin', authorization: callers.admin, expected: 'success', maySee: true },
    ];
  }
  return [
    ...refusedAlways,
    { caller: 'member', authorization: await callers.newMember(), expected: REFUSAL.wrongRole },
    { caller: 'admin', authorization: callers.admin, expected: REFUSAL.wrongRole },
    { caller: 'service', authorization: callers.service, expected: 'success', maySee: true },
  ];
}

export type Transport = 'tRPC' | 'REST';

/** One call made: `wardrobe.entry` as another member, expected 404, got 404. */
export interface MatrixCall {
  operation: string;
  access: ProtectedAccess;
  caller: string;
  expected: Expected;
  status: number;
}

/**
 * Calls every operation as every kind of caller over one transport: the calls made (for the
 * coverage counts) and every answer that was not the expected one. An operation without a case
 * is a problem, never skipped.
 */
export async function runMatrix(options: {
  baseUrl: string;
  transport: Transport;
  operations: readonly ProtectedOperation[];
  cases: Readonly<Record<string, OperationCase>>;
  callers: MatrixCallers;
}): Promise<{ calls: MatrixCall[]; problems: string[] }> {
  const calls: MatrixCall[] = [];
  const problems: string[] = [];
  for (const [index, operation] of options.operations.entries()) {
    const operationCase = options.cases[operation.name];
    if (!operationCase) {
      problems.push(`${operation.name} is protected but the matrix has no way to call it`);
      continue;
    }
    if (options.transport === 'REST' && !operation.rest) continue;
    const scenario = await operationCase.prepare();
    const sequence = await callSequence(operation, operationCase, scenario, options.callers, index);
    for (const { caller, authorization, expected, maySee } of sequence) {
      const answer =
        options.transport === 'REST'
          ? await callRest(options.baseUrl, operation, scenario.input, authorization)
          : await callTrpc(options.baseUrl, operation, scenario.input, authorization);
      const label = `${operation.name} over ${options.transport} as ${caller}`;
      problems.push(...problemsWith(answer, expected, label, maySee ? [] : (scenario.markers ?? [])));
      calls.push({ operation: operation.name, access: operation.access, caller, expected, status: answer.status });
    }
  }
  return { calls, problems };
}
