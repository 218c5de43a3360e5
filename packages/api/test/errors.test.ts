import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { perfumeSearchInputSchema } from '../src/schemas/perfume';
import { isDependencyUnavailable } from '../src/trpc/dependencyErrors';
import { toErrorBody } from '../src/trpc/errorFormat';

describe('toErrorBody', () => {
  it('names every invalid field', () => {
    const parsed = perfumeSearchInputSchema.safeParse({ limit: 0, gender: 'robot' });
    expect(parsed.success).toBe(false);
    const error = new TRPCError({ code: 'BAD_REQUEST', cause: parsed.error });
    const body = toErrorBody(error);
    expect(body.code).toBe('BAD_REQUEST');
    expect(body.issues.map((issue) => issue.path).sort()).toEqual(['gender', 'limit']);
    expect(body.message).toContain('limit');
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
