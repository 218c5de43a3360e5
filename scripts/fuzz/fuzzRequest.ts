import type { Operation } from './operations';

/** Who a request is sent as. `forged` carries a token that must not count (wrong key, junk, alg none). */
export type IdentityKind = 'anonymous' | 'member' | 'admin' | 'forged';

export type OperationCaseKind =
  | 'valid'
  | 'invalid-parameter'
  | 'missing-parameter'
  | 'extra-query'
  | 'invalid-body'
  | 'raw-body';

/** Requests about the host rather than one operation. */
export type ProbeKind = 'wrong-method' | 'unknown-path' | 'long-url' | 'large-headers';

/**
 * accept: the document accepts every input sent; reject: it forbids at least one (a 2xx is then
 * a failure); either: the fuzzer cannot tell (an undecodable value, a lenient content type).
 */
export type Expectation = 'accept' | 'reject' | 'either';

export interface FuzzRequest {
  /** The case number: `--seed S --case N` sends exactly this request again. */
  index: number;
  service: string;
  operation: Operation | null;
  probe: ProbeKind | null;
  kind: OperationCaseKind | ProbeKind;
  identity: IdentityKind;
  method: string;
  /** The request target as sent: path and query, already encoded. */
  target: string;
  headers: Record<string, string>;
  body: string | Buffer | null;
  expectation: Expectation;
  /**
   * An emptied path segment can match another route (`/perfumes/` is `/perfumes`), so only the
   * operation-independent checks apply.
   */
  routeUncertain: boolean;
  /** What was generated or broken, for the failure message. */
  note: string;
}

export function combineExpectations(expectations: readonly (boolean | null)[]): Expectation {
  if (expectations.includes(false)) return 'reject';
  if (expectations.includes(null)) return 'either';
  return 'accept';
}
