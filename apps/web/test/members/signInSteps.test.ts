import { describe, expect, it } from 'vitest';
import { continueCode, signInFailureOf } from '../../src/auth/signInSteps';

describe('signInFailureOf', () => {
  it('sends the person on to the page where the sign-in continues', () => {
    expect(signInFailureOf(continueCode('/recover'))).toEqual({ kind: 'continue', path: '/recover' });
    expect(signInFailureOf(continueCode('/link-account'))).toEqual({ kind: 'continue', path: '/link-account' });
  });

  it('never continues to a page it does not know', () => {
    expect(signInFailureOf('continue:https://evil.example')).toEqual({ kind: 'problem', problem: { kind: 'unknown' } });
    expect(signInFailureOf('continue:/admin')).toEqual({ kind: 'problem', problem: { kind: 'unknown' } });
  });

  it('reads every other code as a problem', () => {
    expect(signInFailureOf('member.accountLocked')).toEqual({
      kind: 'problem',
      problem: { kind: 'member', key: 'accountLocked' },
    });
    expect(signInFailureOf('CredentialsSignin')).toEqual({ kind: 'problem', problem: { kind: 'unknown' } });
  });
});
