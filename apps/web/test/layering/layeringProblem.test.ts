import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { isRefusedPair, layeringProblemOf, layeringProblemText } from '../../src/layering/layeringProblem';

const TEXTS = { unavailable: 'down', generic: 'broken' };

function serviceError(data: Record<string, unknown> | undefined) {
  return TRPCClientError.from({ error: { message: 'failed', code: -32600, data } });
}

describe('a failed layering call as the reader is told', () => {
  it('translates a refused pair from the key on its field issue, in either language', () => {
    const issue = {
      path: 'b',
      message: '…',
      messageKey: 'layeringFlanker',
      params: { a: 'Dior Sauvage', b: 'Dior Sauvage Elixir' },
    };
    const problem = layeringProblemOf(serviceError({ code: 'BAD_REQUEST', httpStatus: 400, issues: [issue] }));
    expect(isRefusedPair(problem)).toBe(true);
    expect(layeringProblemText(problem, 'en', TEXTS)).toBe(
      'Dior Sauvage and Dior Sauvage Elixir belong to one line (a flanker). Pick a perfume of another line',
    );
    expect(layeringProblemText(problem, 'ko', TEXTS)).toContain('플랭커');
  });

  it('reads a key sent on the error itself', () => {
    const data = { httpStatus: 404, issues: [], messageKey: 'layeringPerfumeNotFound', params: { id: 5 } };
    const problem = layeringProblemOf(serviceError(data));
    expect(isRefusedPair(problem)).toBe(false);
    expect(layeringProblemText(problem, 'en', TEXTS)).toBe('No perfume has the id 5');
  });

  it('is an outage when the service answered 503 or not at all', () => {
    expect(layeringProblemOf(serviceError(undefined))).toEqual({ kind: 'unavailable' });
    expect(layeringProblemOf(serviceError({ code: 'SERVICE_UNAVAILABLE', httpStatus: 503, issues: [] }))).toEqual({
      kind: 'unavailable',
    });
    expect(layeringProblemText({ kind: 'unavailable' }, 'ko', TEXTS)).toBe('down');
  });

  it('is unknown for anything else', () => {
    expect(layeringProblemOf(new Error('boom'))).toEqual({ kind: 'unknown' });
    expect(layeringProblemOf(serviceError({ httpStatus: 400, issues: [], messageKey: 'noSuchKey' }))).toEqual({
      kind: 'unknown',
    });
  });
});
