import type { FuzzRequest } from './fuzzRequest';
import { probeExpectation } from './hostProbes';
import { type Answer, isAnswer, type NoAnswer } from './httpSender';
import { parseJsonText } from './jsonText';
import type { DocumentedResponse, Operation } from './operations';
import type { SchemaChecker } from './schemaChecker';

export type CheckName =
  | 'no-answer'
  | 'server-error'
  | 'undocumented-status'
  | 'undocumented-body'
  | 'accepts-forbidden-input'
  | 'ignores-security'
  | 'missing-retry-after'
  | 'probe-status'
  | 'probe-error-body'
  | 'probe-allow-header';

export const CHECK_DESCRIPTIONS: Record<CheckName, string> = {
  'no-answer': 'no HTTP answer (connection reset, closed or hung)',
  'server-error': 'a 5xx answer (other than a documented 503)',
  'undocumented-status': 'a status the document does not list for this operation',
  'undocumented-body': 'a body that does not match the documented schema for its status',
  'accepts-forbidden-input': 'a 2xx for input the document forbids',
  'ignores-security': 'a 2xx without valid credentials on an operation the document protects',
  'missing-retry-after': 'a 429 without Retry-After',
  'probe-status': 'a host answer with the wrong status',
  'probe-error-body': 'a host answer without the documented error body',
  'probe-allow-header': 'a 405 whose Allow header does not name the documented methods',
};

export interface Problem {
  check: CheckName;
  detail: string;
}

/** What checking needs about one service: its operations, validator and error schema. */
export interface ServiceContract {
  operations: readonly Operation[];
  checker: SchemaChecker;
  /** The path the document's server URL puts before every operation path (e.g. /api). */
  serverPath: string;
  /** The schema the document gives error answers (its 400 body), for answers no operation documents. */
  errorSchemaPointer: string | null;
}

/** Statuses the host answers before any operation is chosen; checked for the error body only. */
const HOST_STATUSES = new Set([414, 431]);

export function documentedResponse(operation: Operation, status: number): DocumentedResponse | null {
  const responses = operation.responses;
  return (
    responses.find((response) => response.status === String(status)) ??
    responses.find((response) => response.status.toUpperCase() === `${String(status)[0]}XX`) ??
    responses.find((response) => response.status === 'default') ??
    null
  );
}

export function errorSchemaOf(operations: readonly Operation[]): string | null {
  for (const status of ['400', '404', '401']) {
    for (const operation of operations) {
      const pointer = operation.responses.find((response) => response.status === status)?.jsonSchema?.pointer;
      if (pointer) return pointer;
    }
  }
  return null;
}

function isJson(answer: Answer): boolean {
  return /^application\/(.+\+)?json\b/.test(String(answer.headers['content-type'] ?? ''));
}

function bodyProblems(contract: ServiceContract, answer: Answer, pointer: string, check: CheckName): Problem[] {
  if (answer.truncated) return [];
  const parsed = parseJsonText(answer.body);
  if (!isJson(answer) || !parsed.ok) {
    return [
      {
        check,
        detail: `expected JSON, got ${answer.headers['content-type'] ?? 'no content type'} ${answer.body ? 'with a body that is not JSON' : 'and no body'}`,
      },
    ];
  }
  const errors = contract.checker.errors(pointer, parsed.value);
  return errors.length ? [{ check, detail: errors.slice(0, 5).join('; ') }] : [];
}

function errorBodyProblems(contract: ServiceContract, answer: Answer, check: CheckName): Problem[] {
  if (contract.errorSchemaPointer) return bodyProblems(contract, answer, contract.errorSchemaPointer, check);
  return parseJsonText(answer.body).ok ? [] : [{ check, detail: 'the error answer is not JSON' }];
}

function probeProblems(contract: ServiceContract, request: FuzzRequest, answer: Answer): Problem[] {
  const expected = probeExpectation(request, contract.operations, contract.serverPath);
  const problems: Problem[] = [];
  if (!expected.statuses.includes(answer.status)) {
    problems.push({
      check: 'probe-status',
      detail: `expected ${expected.statuses.join(' or ')}, got ${answer.status}`,
    });
  }
  if (answer.status >= 400) problems.push(...errorBodyProblems(contract, answer, 'probe-error-body'));
  if (answer.status === 405 && expected.allow) {
    const allow = String(answer.headers.allow ?? '')
      .split(',')
      .map((method) => method.trim().toUpperCase());
    const missing = expected.allow.filter((method) => !allow.includes(method));
    if (missing.length)
      problems.push({
        check: 'probe-allow-header',
        detail: `Allow: "${answer.headers.allow ?? ''}" lacks ${missing.join(', ')}`,
      });
  }
  return problems;
}

function operationProblems(
  contract: ServiceContract,
  request: FuzzRequest,
  operation: Operation,
  answer: Answer,
): Problem[] {
  const problems: Problem[] = [];
  const success = answer.status >= 200 && answer.status < 300;
  if (HOST_STATUSES.has(answer.status) || request.routeUncertain) {
    return answer.status >= 400 ? errorBodyProblems(contract, answer, 'undocumented-body') : [];
  }
  const documented = documentedResponse(operation, answer.status);
  if (!documented) {
    problems.push({
      check: 'undocumented-status',
      detail: `${answer.status} is not among ${operation.responses.map((response) => response.status).join(', ')}`,
    });
    if (answer.status >= 400) problems.push(...errorBodyProblems(contract, answer, 'undocumented-body'));
  } else if (documented.jsonSchema) {
    problems.push(...bodyProblems(contract, answer, documented.jsonSchema.pointer, 'undocumented-body'));
  } else if (documented.mediaTypes.length > 0) {
    const type = String(answer.headers['content-type'] ?? '');
    if (!documented.mediaTypes.some((media) => type.startsWith(media))) {
      problems.push({
        check: 'undocumented-body',
        detail: `content type ${type || 'none'}, documented ${documented.mediaTypes.join(', ')}`,
      });
    }
  }
  if (success && request.expectation === 'reject') {
    problems.push({ check: 'accepts-forbidden-input', detail: `answered ${answer.status} to: ${request.note}` });
  }
  if (success && operation.requiresCredentials && (request.identity === 'anonymous' || request.identity === 'forged')) {
    problems.push({ check: 'ignores-security', detail: `answered ${answer.status} to an ${request.identity} caller` });
  }
  return problems;
}

/** Everything wrong with one answer, by the document; an empty list when it keeps the contract. */
export function checkAnswer(contract: ServiceContract, request: FuzzRequest, outcome: Answer | NoAnswer): Problem[] {
  if (!isAnswer(outcome)) return [{ check: 'no-answer', detail: outcome.error }];
  const problems: Problem[] = [];
  const dependencyDown =
    outcome.status === 503 && request.operation && !request.probe && documentedResponse(request.operation, 503);
  if (outcome.status >= 500 && !dependencyDown)
    problems.push({ check: 'server-error', detail: `answered ${outcome.status}` });
  if (outcome.status === 429 && !outcome.headers['retry-after']) {
    problems.push({ check: 'missing-retry-after', detail: 'no Retry-After header' });
  }
  if (request.probe) return [...problems, ...probeProblems(contract, request, outcome)];
  if (request.operation) problems.push(...operationProblems(contract, request, request.operation, outcome));
  return problems;
}

/** A documented 503: a dependency was down, so the operation was not exercised (listed, not failed). */
export function dependencyUnavailable(request: FuzzRequest, outcome: Answer | NoAnswer): boolean {
  return request.probe === null && isAnswer(outcome) && outcome.status === 503;
}

/** A documented-valid request refused with 400: the document promises more than the server takes. */
export function refusesDocumentedInput(request: FuzzRequest, outcome: Answer | NoAnswer): boolean {
  return request.probe === null && request.expectation === 'accept' && isAnswer(outcome) && outcome.status === 400;
}
