import { type Issue, issueSchema } from '@scentence/api/schemas';
import { TRPCClientError } from '@trpc/client';
import { z } from 'zod';
import { type MemberProblem, problemFromMessage } from './memberProblem';

const errorDataSchema = z.object({
  httpStatus: z.number().optional(),
  issues: z.array(issueSchema).default([]),
});

export interface BackendFailure {
  problem: MemberProblem;
  /** Field-level messages (Korean), e.g. `{ path: 'email', message: '이미 사용 중인 이메일입니다' }`. */
  issues: Issue[];
}

/** What a failed backend call means for the member: a service that is down is `unavailable`. */
export function backendFailureOf(error: unknown): BackendFailure {
  if (!(error instanceof TRPCClientError)) return { problem: { kind: 'unknown' }, issues: [] };
  const data = errorDataSchema.safeParse(error.data);
  const httpStatus = data.success ? data.data.httpStatus : undefined;
  const issues = data.success ? data.data.issues : [];
  // A validation error's message only lists the fields; its first issue says what is wrong.
  const message = issues[0]?.message ?? error.message;
  return { problem: problemFromMessage(message, httpStatus), issues };
}
