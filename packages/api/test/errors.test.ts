import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { memberMessage, signUpInputSchema } from '../src/schemas/member';
import { perfumeSearchInputSchema } from '../src/schemas/perfume';
import { isDependencyUnavailable } from '../src/trpc/dependencyErrors';
import { toErrorBody } from '../src/trpc/errorFormat';
import { MessageError } from '../src/trpc/messageError';

describe('toErrorBody', () => {
  it('names every invalid field', () => {
    const parsed = perfumeSearchInputSchema.safeParse({ limit: 0, gender: 'robot' });
    expect(parsed.success).toBe(false);
    const error = new TRPCError({ code: 'BAD_REQUEST', cause: parsed.error });
    const body = toErrorBody(error);
    expect(body.code).toBe('BAD_REQUEST');
    expect(body.issues.map((issue) => issue.path).sort()).toEqual(['gender', 'limit']);
    expect(body.issues.find((issue) => issue.path === 'gender')?.message).toContain('"masculine"');
    expect(body.issues.find((issue) => issue.path === 'limit')?.message).toBe('Too small: expected number to be >=1');
    expect(body.message).toContain('limit');
  });

  it("sends a member field rule's refusal as its Korean text with its key", () => {
    const parsed = signUpInputSchema.safeParse({ email: 'mina@', password: 'Sc3nt!ence', nickname: '미나' });
    const body = toErrorBody(new TRPCError({ code: 'BAD_REQUEST', cause: parsed.error }));
    expect(body.issues).toEqual([
      { path: 'email', message: memberMessage('emailInvalid'), messageKey: 'emailInvalid', params: {} },
    ]);
  });

  it('sends a catalog message with its key and parameters, the wait of a 429 as a number', () => {
    const body = toErrorBody(
      new MessageError({ code: 'TOO_MANY_REQUESTS', key: 'tooManyRequests', params: { seconds: 42 } }),
    );
    expect(body).toEqual({
      code: 'TOO_MANY_REQUESTS',
      message: '요청이 너무 많습니다. 42초 후에 다시 시도해 주세요',
      issues: [],
      messageKey: 'tooManyRequests',
      params: { seconds: 42 },
    });
  });

  it('answers a message error about one field as a 400 naming it', () => {
    const body = toErrorBody(new MessageError({ code: 'BAD_REQUEST', key: 'emailTaken', field: 'email' }));
    expect(body).toEqual({
      code: 'BAD_REQUEST',
      message: 'Invalid input: email',
      issues: [{ path: 'email', message: memberMessage('emailTaken'), messageKey: 'emailTaken', params: {} }],
    });
  });

  it('hides the message of an internal error', () => {
    const error = new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: 'password=hunter2 at db.ts:12' });
    expect(toErrorBody(error)).toEqual({ code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error', issues: [] });
  });

  it('keeps the message of an expected error', () => {
    expect(toErrorBody(new TRPCError({ code: 'NOT_FOUND', message: 'No perfume with id 3' }))).toEqual({
      code: 'NOT_FOUND',
      message: 'No perfume with id 3',
      issues: [],
    });
  });

  it('joins nested paths with dots', () => {
    const parsed = z.object({ filters: z.object({ year: z.number() }) }).safeParse({ filters: { year: 'x' } });
    const body = toErrorBody(new TRPCError({ code: 'BAD_REQUEST', cause: parsed.error }));
    expect(body.issues[0]?.path).toBe('filters.year');
  });
});

describe('isDependencyUnavailable', () => {
  it('recognises connection failures, also when wrapped', () => {
    expect(isDependencyUnavailable(Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isDependencyUnavailable(Object.assign(new Error('closed'), { code: 'CONNECTION_CLOSED' }))).toBe(true);
    expect(isDependencyUnavailable(new Error('wrapped', { cause: { code: '57P01' } }))).toBe(true);
    expect(isDependencyUnavailable(new AggregateError([Object.assign(new Error(), { code: 'ECONNRESET' })]))).toBe(
      true,
    );
    expect(isDependencyUnavailable(Object.assign(new Error('bad sql'), { code: '42P01' }))).toBe(false);
    expect(isDependencyUnavailable(new Error('plain'))).toBe(false);
    expect(isDependencyUnavailable(null)).toBe(false);
  });
});
