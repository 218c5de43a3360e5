import { createCasePlan } from './casePlan';
import type { FuzzRequest, IdentityKind } from './fuzzRequest';
import { collectVocabulary, type GeneratorContext } from './generatorContext';
import { PROBE_KINDS, probeRequest } from './hostProbes';
import { type Answer, isAnswer, type NoAnswer, send } from './httpSender';
import type { Identities } from './identities';
import type { OpenApiDocument } from './openApiDocument';
import { operationRequest } from './operationRequests';
import { describeOperation, listOperations, type Operation } from './operations';
import { createRandom } from './random';
import {
  checkAnswer,
  dependencyUnavailable,
  errorSchemaOf,
  type Problem,
  refusesDocumentedInput,
  type ServiceContract,
} from './responseChecks';
import { createSchemaChecker } from './schemaChecker';

export interface ServiceTarget {
  name: string;
  /** The service's origin, e.g. http://127.0.0.1:8000; its document is at /openapi.json. */
  url: string;
}

export interface FuzzOptions {
  services: readonly ServiceTarget[];
  seed: number;
  /** How many requests to send (the budget), setup requests aside. */
  requests: number;
  identities: Identities;
  concurrency?: number;
  /** Send only this case (a replay). */
  onlyCase?: number;
  onProgress?: (done: number, total: number) => void;
  /** Sees every case as it completes (a replay prints its one case this way). */
  onCase?: (record: CaseRecord) => void;
}

export interface CaseRecord {
  request: FuzzRequest;
  authorization: string | null;
  outcome: Answer | NoAnswer;
  problems: Problem[];
}

export function probeSubject(service: string, probe: string): string {
  return `${service} host: ${probe}`;
}

/** What a request is about: its operation, or its service's host for a probe. */
export function subjectOf(request: FuzzRequest): string {
  return request.probe || !request.operation
    ? probeSubject(request.service, request.probe ?? '')
    : describeOperation(request.operation);
}

export interface OperationCoverage {
  /** The operation (or host probe) described. */
  operation: string;
  requests: number;
  byIdentity: Partial<Record<IdentityKind, number>>;
  statuses: Record<string, number>;
  /** Valid cases for which no documented-valid input could be generated, with an example note. */
  validInputGaps: number;
}

export interface FuzzResult {
  seed: number;
  sent: number;
  setupRequests: number;
  services: { name: string; url: string; operations: number }[];
  /** Requests whose answer broke the contract. */
  failures: CaseRecord[];
  /** Documented-valid requests answered 400 (the document promises more than the server takes). */
  refusedValid: CaseRecord[];
  /** Documented 503s: a dependency (Kakao, a peer service) was down, so that part was not exercised. */
  dependencyUnavailable: CaseRecord[];
  /** Requests the fuzzer built but could not send, or sent as an identity it lost. */
  notSent: CaseRecord[];
  coverage: OperationCoverage[];
  /** Inputs the fuzzer cannot generate, per operation. */
  unsupported: string[];
  identitiesUnavailable: { identity: IdentityKind; reason: string }[];
  sweepLength: number;
}

interface LoadedService extends ServiceTarget {
  document: OpenApiDocument;
  operations: Operation[];
  contract: ServiceContract;
  serverPath: string;
  vocabulary: ReadonlyMap<string, readonly unknown[]>;
}

async function loadService(target: ServiceTarget): Promise<LoadedService> {
  const response = await fetch(`${target.url}/openapi.json`);
  if (!response.ok) throw new Error(`${target.name}: GET /openapi.json answered ${response.status}`);
  const document = (await response.json()) as OpenApiDocument;
  const operations = listOperations(target.name, document);
  const checker = createSchemaChecker(document);
  const server = document.servers?.[0]?.url ?? '';
  const serverPath = new URL(server, 'http://origin').pathname.replace(/\/$/, '');
  return {
    ...target,
    document,
    operations,
    contract: { operations, checker, serverPath, errorSchemaPointer: errorSchemaOf(operations) },
    serverPath,
    vocabulary: collectVocabulary(document),
  };
}

function emptyCoverage(services: readonly LoadedService[], operations: readonly Operation[]) {
  const subjects = [
    ...operations.map(describeOperation),
    ...services.flatMap((service) => PROBE_KINDS.map((probe) => probeSubject(service.name, probe))),
  ];
  return new Map<string, OperationCoverage>(
    subjects.map((operation) => [
      operation,
      { operation, requests: 0, byIdentity: {}, statuses: {}, validInputGaps: 0 },
    ]),
  );
}

function emptyResult(
  options: FuzzOptions,
  services: readonly LoadedService[],
  operations: readonly Operation[],
  sweepLength: number,
): FuzzResult {
  return {
    seed: options.seed,
    sent: 0,
    setupRequests: 0,
    services: services.map((service) => ({
      name: service.name,
      url: service.url,
      operations: service.operations.length,
    })),
    failures: [],
    refusedValid: [],
    dependencyUnavailable: [],
    notSent: [],
    coverage: [],
    unsupported: operations.flatMap((operation) =>
      operation.unsupported.map((what) => `${describeOperation(operation)}: ${what}`),
    ),
    identitiesUnavailable: options.identities.unavailable,
    sweepLength,
  };
}

function countCoverage(covered: OperationCoverage | undefined, request: FuzzRequest, outcome: Answer | NoAnswer): void {
  if (!covered) return;
  covered.requests += 1;
  covered.byIdentity[request.identity] = (covered.byIdentity[request.identity] ?? 0) + 1;
  const status = isAnswer(outcome) ? String(outcome.status) : 'none';
  covered.statuses[status] = (covered.statuses[status] ?? 0) + 1;
  if (request.kind === 'valid' && request.expectation !== 'accept') covered.validInputGaps += 1;
}

/** Files an answered case under the result's lists it belongs to. */
function fileAnswered(result: FuzzResult, record: CaseRecord): void {
  const { request, outcome } = record;
  if (record.problems.length) result.failures.push(record);
  if (refusesDocumentedInput(request, outcome)) result.refusedValid.push(record);
  if (dependencyUnavailable(request, outcome) && !record.problems.length) result.dependencyUnavailable.push(record);
}

/** Runs `run` over the indexes with at most `concurrency` at a time, reporting progress as each ends. */
async function runPool(
  indexes: readonly number[],
  concurrency: number,
  run: (index: number) => Promise<void>,
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < indexes.length) {
      const index = indexes[next++] as number;
      await run(index);
      done += 1;
      onProgress?.(done, indexes.length);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
}

interface FuzzRun {
  options: FuzzOptions;
  byName: ReadonlyMap<string, LoadedService>;
  plan: ReturnType<typeof createCasePlan>;
  coverage: ReadonlyMap<string, OperationCoverage>;
  result: FuzzResult;
}

function buildCase(run: FuzzRun, index: number): FuzzRequest {
  const random = createRandom(run.options.seed, index);
  const planned = run.plan.caseAt(index, random);
  const service = run.byName.get(planned.service) as LoadedService;
  const context: GeneratorContext = {
    document: service.document,
    checker: service.contract.checker,
    vocabulary: service.vocabulary,
    random,
  };
  return 'probe' in planned
    ? probeRequest(context, service.operations, service.serverPath, planned.probe, planned.identity, index)
    : operationRequest(context, planned.operation, service.serverPath, planned.kind, planned.identity, index);
}

async function runCase(run: FuzzRun, index: number): Promise<void> {
  const { options, result } = run;
  const identities = options.identities;
  const request = buildCase(run, index);
  const service = run.byName.get(request.service) as LoadedService;
  let authorization: string | null = null;
  try {
    authorization = await identities.authorization(request.identity, createRandom(options.seed, index + 0x5eed));
  } catch (error) {
    result.notSent.push({
      request,
      authorization,
      outcome: { error: `no ${request.identity} token: ${(error as Error).message}`, notSent: true },
      problems: [],
    });
    return;
  }
  const headers = authorization ? { ...request.headers, authorization } : request.headers;
  const outcome = await send({
    method: request.method,
    origin: service.url,
    target: request.target,
    headers,
    body: request.body,
  });
  const record: CaseRecord = { request, authorization, outcome, problems: [] };
  if (!isAnswer(outcome) && outcome.notSent) {
    result.notSent.push(record);
    return;
  }
  result.sent += 1;
  record.problems = checkAnswer(service.contract, request, outcome);
  options.onCase?.(record);
  fileAnswered(result, record);
  // A 401 from a public operation is about credentials in the input, not about the caller's token.
  if (isAnswer(outcome) && outcome.status === 401 && request.operation?.requiresCredentials) {
    identities.refused(request.identity, authorization);
  }
  countCoverage(run.coverage.get(subjectOf(request)), request, outcome);
}

/** Runs a bounded fuzz over the services' documents and returns what it found; it never throws for a bad answer. */
export async function runFuzz(options: FuzzOptions): Promise<FuzzResult> {
  const services = await Promise.all(options.services.map(loadService));
  const operations = services.flatMap((service) => service.operations);
  const plan = createCasePlan(
    operations,
    services.map((service) => service.name),
    options.identities.available,
  );
  const run: FuzzRun = {
    options,
    byName: new Map(services.map((service) => [service.name, service])),
    plan,
    coverage: emptyCoverage(services, operations),
    result: emptyResult(options, services, operations, plan.sweepLength),
  };
  const indexes =
    options.onlyCase === undefined ? Array.from({ length: options.requests }, (_, index) => index) : [options.onlyCase];
  await runPool(indexes, options.concurrency ?? 4, (index) => runCase(run, index), options.onProgress);

  const { result } = run;
  result.failures.sort((a, b) => a.request.index - b.request.index);
  result.refusedValid.sort((a, b) => a.request.index - b.request.index);
  result.coverage = [...run.coverage.values()];
  result.setupRequests = options.identities.setupRequests() + services.length;
  return result;
}
