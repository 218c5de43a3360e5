import type { TRPCError } from '@trpc/server';
import type { ErrorBody, Issue } from '../schemas/common';
import { catalogMessage, isMessageKey } from '../schemas/messages';
import { InputIssuesError } from './inputGuard';
import { MessageError, MessageIssuesError } from './messageError';

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

/** A rule whose message is a catalog key (the member field rules, the rating) is told by its Korean text and its key. */
function issueMessage(message: string): Pick<Issue, 'message' | 'messageKey' | 'params'> {
  if (!isMessageKey(message)) return { message };
  return { message: catalogMessage(message), messageKey: message, params: {} };
}

export function toIssues(raw: readonly ZodLikeIssue[]): Issue[] {
  return raw.map((issue) => ({ path: issue.path.map(String).join('.'), ...issueMessage(issue.message) }));
}

/** The 400 body naming each field at fault. */
export function invalidInputBody(issues: Issue[]): ErrorBody {
  const fields = issues.map((issue) => issue.path || 'input').join(', ');
  return { code: 'BAD_REQUEST', message: `Invalid input: ${fields}`, issues };
}

/** The one error body for tRPC and REST; internal failures never leak their message or stack. */
export function toErrorBody(error: TRPCError): ErrorBody {
  if (error instanceof MessageIssuesError || error instanceof InputIssuesError) return invalidInputBody(error.issues);
  if (error instanceof MessageError && error.field !== undefined) {
    const { field, message, messageKey, params } = error;
    return invalidInputBody([{ path: field, message, messageKey, params }]);
  }
  // Before the zod check: an answer failing its output schema is a zod error too, and must not
  // come out as a 400 body naming the answer's fields.
  if (error.code === 'INTERNAL_SERVER_ERROR') {
    return { code: error.code, message: 'Internal server error', issues: [] };
  }
  if (isZodLikeError(error.cause)) return invalidInputBody(toIssues(error.cause.issues));
  if (error instanceof MessageError) {
    const { code, message, messageKey, params } = error;
    return { code, message, issues: [], messageKey, params };
  }
  return { code: error.code, message: error.message, issues: [] };
}
