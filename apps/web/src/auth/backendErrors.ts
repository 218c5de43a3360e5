import { errorBodySchema, type Issue } from '@scentence/api/schemas';
import { TRPCClientError } from '@trpc/client';
import { z } from 'zod';
import { type MemberProblem, problemOf } from './memberProblem';

/** A tRPC error's `data`: the service's error body and the HTTP status it answered with. */
const errorDataSchema = errorBodySchema
  .pick({ messageKey: true, params: true })
  .extend({ httpStatus: z.number().optional(), issues: errorBodySchema.shape.issues.default([]) });

export interface BackendFailure {
  problem: MemberProblem;
  /** Field-level messages, e.g. `{ path: 'email', message: '이미 사용 중인 이메일입니다', messageKey: 'emailTaken' }`. */
  issues: Issue[];
}

/** What a failed backend call means for the member: a service that is down is `unavailable`. */
export function backendFailureOf(error: unknown): BackendFailure {
  if (!(error instanceof TRPCClientError)) return { problem: { kind: 'unknown' }, issues: [] };
  const parsed = errorDataSchema.safeParse(error.data);
  // No error body at all: the service never answered.
  if (!parsed.success) return { problem: { kind: 'unavailable' }, issues: [] };
  const data = parsed.data;
  // A validation error's own message only lists the fields; its first issue says what is wrong.
  const told = data.messageKey === undefined ? data.issues[0] : data;
  return { problem: problemOf(told?.messageKey, told?.params, data.httpStatus), issues: data.issues };
}
