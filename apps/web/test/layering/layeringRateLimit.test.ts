import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { isRefusedPair, layeringProblemOf, layeringProblemText } from '../../src/layering/layeringProblem';

const TEXTS = { unavailable: 'down', generic: 'broken' };

describe("the layering service's 429 on the page", () => {
  it('is told with the wait, in Korean and English, and can be tried again', () => {
    // The error data a tRPC call gets when the caller's layering limit is used up.
    const data = {
      code: 'TOO_MANY_REQUESTS',
      httpStatus: 429,
      issues: [],
      messageKey: 'layeringTooManyRequests',
      params: { seconds: 42 },
    };
    const problem = layeringProblemOf(TRPCClientError.from({ error: { message: '…', code: -32029, data } }));
    expect(problem).toMatchObject({ kind: 'message', status: 429 });
    expect(layeringProblemText(problem, 'ko', TEXTS)).toBe('요청이 너무 많아요. 42초 후에 다시 시도해 주세요');
    expect(layeringProblemText(problem, 'en', TEXTS)).toBe('Too many requests. Please try again in 42 seconds');
    expect(isRefusedPair(problem)).toBe(false);
  });
});
