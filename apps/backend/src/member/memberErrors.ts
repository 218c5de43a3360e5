import { type MemberMessageKey, memberMessage } from '@scentence/api/schemas';
import { type TRPC_ERROR_CODE_KEY, TRPCError } from '@trpc/server';
import { z } from 'zod';

/** An error whose message is one of the member messages (Korean; the web localises it). */
export function memberError(code: TRPC_ERROR_CODE_KEY, key: MemberMessageKey): TRPCError {
  return new TRPCError({ code, message: memberMessage(key) });
}

/**
 * A 400 that names the field, shaped like a validation error (`issues: [{ path, message }]`), for
 * checks only the database can make: a taken email or nickname, a wrong current password.
 */
export function fieldError(field: string, key: MemberMessageKey): TRPCError {
  const message = memberMessage(key);
  return new TRPCError({
    code: 'BAD_REQUEST',
    message,
    // ZodRealError, not ZodError: tRPC keeps only real Error causes intact.
    cause: new z.ZodRealError([{ code: 'custom', path: [field], message, input: undefined }]),
  });
}

/** 429 with the wait in the message (`retryAfterSecondsOf` reads it back). */
export function tooManyRequests(retryAfterSeconds: number): TRPCError {
  return new TRPCError({
    code: 'TOO_MANY_REQUESTS',
    message: memberMessage('tooManyRequests', 'ko', { seconds: retryAfterSeconds }),
  });
}
