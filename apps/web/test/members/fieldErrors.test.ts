import { memberFieldSchemas } from '@scentence/api/schemas';
import { describe, expect, it } from 'vitest';
import { fieldErrorsOf, ruleMessages } from '../../src/members/fieldErrors';

describe('ruleMessages', () => {
  it('lists every rule a weak password breaks, in the reader language', () => {
    expect(ruleMessages(memberFieldSchemas('en').password, 'abc')).toEqual([
      'The password needs at least 8 characters',
      'Add an upper-case letter to the password',
      'Add a digit to the password',
      'Add a symbol to the password',
    ]);
    expect(ruleMessages(memberFieldSchemas('ko').password, 'abcdefgh1!')).toEqual([
      '비밀번호에 영문 대문자를 넣어 주세요',
    ]);
    expect(ruleMessages(memberFieldSchemas('ko').password, 'Abcdefg1!')).toEqual([]);
  });

  it('says why a nickname is refused', () => {
    expect(ruleMessages(memberFieldSchemas('en').nickname, 'a')).toEqual(['The nickname needs 2 to 12 characters']);
    expect(ruleMessages(memberFieldSchemas('ko').nickname, '향수 러버')).toEqual([
      '닉네임에는 한글, 영문, 숫자만 쓸 수 있습니다',
    ]);
    expect(ruleMessages(memberFieldSchemas('ko').nickname, '향수러버7')).toEqual([]);
  });
});

describe('fieldErrorsOf', () => {
  const issues = [
    { path: 'email', message: '이미 사용 중인 이메일입니다', messageKey: 'emailTaken', params: {} },
    { path: 'email', message: '올바른 이메일 주소를 입력해 주세요', messageKey: 'emailInvalid', params: {} },
    { path: 'clientAddress', message: 'Invalid input' },
  ];

  it('keeps the first message per field of the form, translated from its key', () => {
    expect(fieldErrorsOf(issues, ['email', 'nickname'], 'en')).toEqual({ email: 'This email is already in use' });
    expect(fieldErrorsOf(issues, ['email'], 'ko')).toEqual({ email: '이미 사용 중인 이메일입니다' });
  });

  it('fills the parameters of a keyed message, and keeps the text of an issue without a key', () => {
    const waits = [{ path: 'email', message: '…', messageKey: 'tooManyRequests', params: { seconds: 42 } }];
    expect(fieldErrorsOf(waits, ['email'], 'en')).toEqual({ email: 'Too many attempts. Try again in 42 seconds' });
    expect(fieldErrorsOf(issues, ['clientAddress'], 'en')).toEqual({ clientAddress: 'Invalid input' });
  });

  it('leaves issues of fields the form does not have to its general message', () => {
    expect(fieldErrorsOf(issues, ['nickname'], 'en')).toEqual({});
  });
});
