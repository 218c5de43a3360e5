import { errorBodySchema } from '@scentence/api/schemas';
import { TRPCClientError } from '@trpc/client';
import { isServiceUnavailable } from '../trpc/serviceErrors';
import { type ChatProblem, chatProblemOf } from './chatProblem';
import { ChatCallError } from './chatStream';

/** The problem behind a failed chat call, whether it went through the chat routes or through tRPC. */
export function problemOfError(error: unknown, now: number = Date.now()): ChatProblem {
  if (error instanceof ChatCallError) return chatProblemOf(error.status, error.body, now);
  if (error instanceof TRPCClientError) {
    if (isServiceUnavailable(error)) return { kind: 'unavailable' };
    const data: unknown = error.data;
    const status =
      typeof data === 'object' && data !== null && 'httpStatus' in data && typeof data.httpStatus === 'number'
        ? data.httpStatus
        : 0;
    return chatProblemOf(status, errorBodySchema.safeParse(data).data ?? null, now);
  }
  return { kind: 'generic' };
}
