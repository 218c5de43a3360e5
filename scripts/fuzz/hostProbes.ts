import type { FuzzRequest, IdentityKind, ProbeKind } from './fuzzRequest';
import type { GeneratorContext } from './generatorContext';
import { operationRequest } from './operationRequests';
import type { Operation } from './operations';

export const PROBE_KINDS: readonly ProbeKind[] = ['wrong-method', 'unknown-path', 'long-url', 'large-headers'];

/** Methods a client may try on any path; those a path does not document must get 405. */
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'TRACE', 'QUERY', 'PROPFIND'] as const;
/** Past Node's 16 KB limit on the request line and headers. */
const OVERSIZED = 20_000;

/** What a probe must get back: one of these statuses, with the document's error body. */
export interface ProbeExpectation {
  statuses: number[];
  /** For 405: the methods the Allow header must name. */
  allow: string[] | null;
}

function templatePattern(path: string): RegExp {
  const literal = path.split(/\{[^}]+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${literal.join('[^/]+')}$`);
}

/** The methods documented for a concrete path: `/admin/members/purge` is also `/admin/members/{id}`. */
export function documentedMethods(operations: readonly Operation[], concretePath: string): string[] {
  const methods = operations
    .filter((operation) => operation.path === concretePath || templatePattern(operation.path).test(concretePath))
    .map((operation) => operation.method);
  return [...new Set(methods)];
}

function concretePathOf(target: string, serverPath: string): string {
  return (target.split('?')[0] ?? '').slice(serverPath.length);
}

export function probeExpectation(
  request: FuzzRequest,
  operations: readonly Operation[],
  serverPath: string,
): ProbeExpectation {
  switch (request.probe) {
    case 'wrong-method':
      return {
        statuses: [405],
        allow: documentedMethods(operations, concretePathOf(request.target, serverPath)),
      };
    case 'unknown-path':
      return { statuses: [404], allow: null };
    case 'long-url':
      return { statuses: [414, 431], allow: null };
    default:
      return { statuses: [431], allow: null };
  }
}

/**
 * A request about the host: a method the path does not serve, a path nobody documents, a
 * request line or headers past the size limit.
 */
export function probeRequest(
  context: GeneratorContext,
  operations: readonly Operation[],
  serverPath: string,
  probe: ProbeKind,
  identity: IdentityKind,
  index: number,
): FuzzRequest {
  const { random } = context;
  const operation = random.pick(operations);
  const base = operationRequest(context, operation, serverPath, 'valid', identity, index);
  const probeOf = (changes: Partial<FuzzRequest>): FuzzRequest => ({
    ...base,
    probe,
    kind: probe,
    expectation: 'either',
    ...changes,
  });
  switch (probe) {
    case 'wrong-method': {
      const documented = documentedMethods(operations, concretePathOf(base.target, serverPath));
      const method = random.pick(METHODS.filter((candidate) => !documented.includes(candidate)));
      return probeOf({ method, note: `${method} on a path documented for ${documented.join(', ')}` });
    }
    case 'unknown-path':
      return probeOf({
        operation: null,
        method: random.pick(['GET', 'POST']),
        target: `${serverPath}/fuzz-undocumented-${random.int(0, 1e6)}`,
        body: null,
        headers: {},
        note: 'a path the document does not have',
      });
    case 'long-url': {
      const separator = base.target.includes('?') ? '&' : '?';
      return probeOf({
        target: `${base.target}${separator}padding=${'a'.repeat(OVERSIZED)}`,
        note: `a ${OVERSIZED / 1000} KB request line`,
      });
    }
    case 'large-headers':
      return probeOf({
        headers: { ...base.headers, 'x-fuzz-padding': 'a'.repeat(OVERSIZED) },
        note: `a ${OVERSIZED / 1000} KB header`,
      });
  }
}
