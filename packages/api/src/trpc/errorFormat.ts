import type { TRPCError } from '@trpc/server';
import type { ErrorBody, Issue } from '../schemas/common';

interface ZodLikeIssue {
  path: readonly PropertyKey[];
  message: string;
}

function isZodLikeError(error: unknown): error is { issues: ZodLikeIssue[] } {
  return (
    typeof error === 'object' &&
    error !== null &&
    'issues' in error &&
    Array.isArray(error.issues) &&
    (error as { name?: unknown }).name === 'ZodError'
  );
}

export function toIssues(raw: readonly ZodLikeIssue[]): Issue[] {
  return raw.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

/** The one error body for tRPC and REST; internal failures never leak their message or stack. */
export function toErrorBody(error: TRPCError): ErrorBody {
  if (isZodLikeError(error.cause)) {
    const issues = toIssues(error.cause.issues);
    const fields = issues.map((issue) => issue.path || 'input').join(', ');
    return { code: 'BAD_REQUEST', message: `Invalid input: ${fields}`, issues };
  }
  if (error.code === 'INTERNAL_SERVER_ERROR') {
    return { code: error.code, message: 'Internal server error', issues: [] };
  }
  return { code: error.code, message: error.message, issues: [] };
}
