import { expect } from 'vitest';
import {
  documentedStatuses,
  type MatrixCall,
  type OperationCase,
  type ProtectedOperation,
  REFUSAL,
} from './authorizationMatrix';

/**
 * Every protected operation documents its security and the refusals it can send (401, and 403
 * where a role is asked for), and the cases name no operation that no longer exists.
 */
export function expectDocumentedRefusals(
  operations: readonly ProtectedOperation[],
  cases: Readonly<Record<string, OperationCase>>,
): void {
  for (const operation of operations) {
    expect(operation.rest?.requiresCredentials, `${operation.name} documents its security`).toBe(true);
    expect(documentedStatuses(operation), operation.name).toContain(String(REFUSAL.noToken));
    if (operation.access !== 'member') {
      expect(documentedStatuses(operation), operation.name).toContain(String(REFUSAL.wrongRole));
    }
  }
  const names = operations.map((operation) => operation.name);
  expect(Object.keys(cases).filter((name) => !names.includes(name))).toEqual([]);
}

/** A member-only service's run: every answer as expected, every operation called by every kind of caller. */
export function expectMemberMatrixAnswered(
  result: { calls: MatrixCall[]; problems: string[] },
  operations: readonly ProtectedOperation[],
): void {
  expect(result.problems).toEqual([]);
  expect(new Set(result.calls.map((call) => call.operation)).size).toBe(operations.length);
  expect(result.calls.map((call) => call.caller)).toEqual(
    expect.arrayContaining(['anonymous', 'forged', 'service', 'other member', 'owner']),
  );
}
