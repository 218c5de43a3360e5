import { randomUUID } from 'node:crypto';
import { signAccessToken, signServiceToken } from '@scentence/api/auth';
import type { AnyTRPCRouter } from '@trpc/server';
import { it } from 'vitest';
import {
  forgedAuthorization,
  type MatrixCallers,
  type OperationCase,
  type ProtectedOperation,
  protectedOperations,
  runMatrix,
} from './authorizationMatrix';
import { expectMemberMatrixAnswered } from './authorizationMatrixChecks';

/**
 * The callers of a service that has no accounts of its own (scentmap, layering): fresh members
 * and an admin with tokens signed by `authSecret`, the service token, and forged tokens.
 */
export async function signedCallers(authSecret: string): Promise<MatrixCallers> {
  const bearer = async (role: 'member' | 'admin') =>
    `Bearer ${await signAccessToken(authSecret, { memberId: randomUUID(), role })}`;
  return {
    newMember: () => bearer('member'),
    admin: await bearer('admin'),
    service: `Bearer ${await signServiceToken(authSecret)}`,
    forged: await forgedAuthorization(),
  };
}

/** The protected operations of a running service: its router, as its own /openapi.json documents them. */
export async function servedOperations(
  service: string,
  router: AnyTRPCRouter,
  baseUrl: string,
): Promise<ProtectedOperation[]> {
  const document = await (await fetch(`${baseUrl}/openapi.json`)).json();
  return protectedOperations(service, router, document);
}

/** A member-only service's matrix run, one test per transport (the matrix is read when the test runs). */
export function itAnswersEveryCaller(
  matrix: () => {
    baseUrl: string;
    operations: readonly ProtectedOperation[];
    cases: Readonly<Record<string, OperationCase>>;
    callers: MatrixCallers;
  },
): void {
  for (const transport of ['tRPC', 'REST'] as const) {
    it(`answers every caller as expected over ${transport}`, async () => {
      const options = matrix();
      expectMemberMatrixAnswered(await runMatrix({ ...options, transport }), options.operations);
    });
  }
}
