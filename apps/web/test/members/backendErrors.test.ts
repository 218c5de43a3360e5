import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { backendFailureOf } from '../../src/auth/backendErrors';

function backendError(message: string, data: Record<string, unknown>) {
  return TRPCClientError.from({ error: { message, code: -32600, data } });
}

describe('backendFailureOf', () => {
  it('reads a validation error by the key of its first field issue', () => {
    const issue = {
      path: 'password',
      message: '비밀번호가 올바르지 않습니다',
      messageKey: 'passwordIncorrect',
      params: {},
    };
    const failure = backendFailureOf(backendError('Invalid input: password', { httpStatus: 400, issues: [issue] }));
    expect(failure.problem).toEqual({ kind: 'member', key: 'passwordIncorrect' });
    expect(failure.issues).toEqual([issue]);
  });

  it('reads a 429 with its wait from the parameters, and a 403 lock, by their keys alone', () => {
    const throttled = { httpStatus: 429, issues: [], messageKey: 'tooManyRequests', params: { seconds: 12 } };
    // The text plays no part: a message in another wording (or language) reads the same.
    expect(backendFailureOf(backendError('Slow down', throttled)).problem).toEqual({
      kind: 'member',
      key: 'tooManyRequests',
      seconds: 12,
    });
    const locked = { httpStatus: 403, issues: [], messageKey: 'accountLocked', params: {} };
    expect(backendFailureOf(backendError('locked', locked)).problem).toEqual({ kind: 'member', key: 'accountLocked' });
  });

  it('does not guess from the text of a message without a key', () => {
    const failure = backendFailureOf(
      backendError('잠긴 계정입니다. 고객센터에 문의해 주세요', { httpStatus: 403, issues: [] }),
    );
    expect(failure.problem).toEqual({ kind: 'unknown' });
  });

  it('calls a backend that never answered unavailable', () => {
    const unreachable = TRPCClientError.from(new TypeError('fetch failed'));
    expect(backendFailureOf(unreachable).problem).toEqual({ kind: 'unavailable' });
    expect(backendFailureOf(new Error('a bug of ours')).problem).toEqual({ kind: 'unknown' });
  });
});
