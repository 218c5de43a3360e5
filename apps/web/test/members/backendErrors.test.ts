import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { backendFailureOf } from '../../src/auth/backendErrors';

function backendError(message: string, data: Record<string, unknown>) {
  return TRPCClientError.from({ error: { message, code: -32600, data } });
}

describe('backendFailureOf', () => {
  it('reads a validation error by its first field issue', () => {
    const failure = backendFailureOf(
      backendError('Invalid input: password', {
        httpStatus: 400,
        issues: [{ path: 'password', message: '비밀번호가 올바르지 않습니다' }],
      }),
    );
    expect(failure.problem).toEqual({ kind: 'member', key: 'passwordIncorrect' });
    expect(failure.issues).toEqual([{ path: 'password', message: '비밀번호가 올바르지 않습니다' }]);
  });

  it('reads a 429 with its wait, and a 403 lock', () => {
    expect(
      backendFailureOf(
        backendError('요청이 너무 많습니다. 12초 후에 다시 시도해 주세요', { httpStatus: 429, issues: [] }),
      ).problem,
    ).toEqual({ kind: 'member', key: 'tooManyRequests', seconds: 12 });
    expect(
      backendFailureOf(backendError('잠긴 계정입니다. 고객센터에 문의해 주세요', { httpStatus: 403, issues: [] }))
        .problem,
    ).toEqual({ kind: 'member', key: 'accountLocked' });
  });

  it('calls a backend that never answered unavailable', () => {
    const unreachable = TRPCClientError.from(new TypeError('fetch failed'));
    expect(backendFailureOf(unreachable).problem).toEqual({ kind: 'unavailable' });
    expect(backendFailureOf(new Error('a bug of ours')).problem).toEqual({ kind: 'unknown' });
  });
});
