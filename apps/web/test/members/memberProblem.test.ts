import { describe, expect, it } from 'vitest';
import { decodeProblem, encodeProblem, problemOf, problemText } from '../../src/auth/memberProblem';

const texts = { unavailable: 'down', unknown: 'something else' };

describe('member problems', () => {
  it('recognises the backend message keys, the wait of a 429 included', () => {
    expect(problemOf('invalidCredentials', {}, 401)).toEqual({ kind: 'member', key: 'invalidCredentials' });
    expect(problemOf('tooManyRequests', { seconds: 873 }, 429)).toEqual({
      kind: 'member',
      key: 'tooManyRequests',
      seconds: 873,
    });
    expect(problemOf('storageUnavailable', {}, 503)).toEqual({ kind: 'member', key: 'storageUnavailable' });
  });

  it('calls an unreachable or unavailable service unavailable, and anything else unknown', () => {
    expect(problemOf(undefined, undefined, undefined)).toEqual({ kind: 'unavailable' });
    expect(problemOf(undefined, undefined, 503)).toEqual({ kind: 'unavailable' });
    expect(problemOf(undefined, undefined, 500)).toEqual({ kind: 'unknown' });
    expect(problemOf('constructor', {}, 400)).toEqual({ kind: 'unknown' });
    expect(problemOf('noSuchMessage', {}, 401)).toEqual({ kind: 'unknown' });
  });

  it('survives a URL and reads back in either language', () => {
    const throttled = problemOf('tooManyRequests', { seconds: 60 }, 429);
    const code = encodeProblem(throttled);
    expect(code).toBe('member.tooManyRequests.60');
    expect(problemText(decodeProblem(code), 'ko', texts)).toBe('요청이 너무 많습니다. 60초 후에 다시 시도해 주세요');
    expect(problemText(decodeProblem(code), 'en', texts)).toBe('Too many attempts. Try again in 60 seconds');
    expect(problemText(decodeProblem(encodeProblem({ kind: 'member', key: 'accountLocked' })), 'en', texts)).toBe(
      'This account is locked. Please contact support',
    );
    expect(problemText(decodeProblem('unavailable'), 'en', texts)).toBe('down');
  });

  it('shows nothing a forged or foreign code says', () => {
    expect(decodeProblem('member.constructor')).toEqual({ kind: 'unknown' });
    expect(decodeProblem('member.<script>')).toEqual({ kind: 'unknown' });
    expect(decodeProblem('OAuthCallback')).toEqual({ kind: 'unknown' });
    expect(decodeProblem(null)).toEqual({ kind: 'unknown' });
  });
});
