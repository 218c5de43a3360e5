import {
  isMemberMessageKey,
  MEMBER_MESSAGES,
  type MemberMessageKey,
  memberFieldSchemas,
  memberMessage,
  memberPasswordSchema,
  nicknameSchema,
  signUpInputSchema,
} from '@scentence/api/schemas';
import { describe, expect, it } from 'vitest';

const ko = memberFieldSchemas('ko');
const en = memberFieldSchemas('en');
const messagesOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe('password rule', () => {
  it('accepts 8+ characters with upper and lower case, a digit and a symbol', () => {
    for (const password of ['Sc3nt!ence', 'Aa1!aaaa', '향수Aa1#좋아요', 'P@ssw0rd with spaces']) {
      expect(ko.password.safeParse(password).success, password).toBe(true);
    }
  });

  it('names every rule a password misses', () => {
    expect(messagesOf(ko.password.safeParse('abc'))).toEqual([
      memberMessage('passwordTooShort'),
      memberMessage('passwordNeedsUpper'),
      memberMessage('passwordNeedsDigit'),
      memberMessage('passwordNeedsSymbol'),
    ]);
    expect(messagesOf(ko.password.safeParse('ALLUPPER1!'))).toEqual([memberMessage('passwordNeedsLower')]);
    expect(messagesOf(ko.password.safeParse('NoSymbol12'))).toEqual([memberMessage('passwordNeedsSymbol')]);
    expect(messagesOf(ko.password.safeParse('No Digits!'))).toEqual([memberMessage('passwordNeedsDigit')]);
  });

  it('does not count a space as a symbol', () => {
    expect(messagesOf(ko.password.safeParse('Abcdefg 1'))).toEqual([memberMessage('passwordNeedsSymbol')]);
  });

  it('speaks English in the English variant', () => {
    expect(messagesOf(en.password.safeParse('abc'))[0]).toBe('The password needs at least 8 characters');
  });
});

describe('nickname rule', () => {
  it('accepts 2–12 Korean, English or digit characters', () => {
    for (const nickname of ['향수', 'Mina', '향수러버99', 'abcdefghijkl']) {
      expect(ko.nickname.safeParse(nickname).success, nickname).toBe(true);
    }
  });

  it('refuses other characters and lengths', () => {
    expect(messagesOf(ko.nickname.safeParse('a'))).toEqual([memberMessage('nicknameLength')]);
    expect(messagesOf(ko.nickname.safeParse('abcdefghijklm'))).toEqual([memberMessage('nicknameLength')]);
    for (const nickname of ['향 수', 'mina_k', 'ㅋㅋㅋ', 'héllo', '😀😀']) {
      expect(messagesOf(ko.nickname.safeParse(nickname)), nickname).toContain(memberMessage('nicknameCharacters'));
    }
  });
});

describe('email rule', () => {
  it('lower-cases, and refuses a malformed address', () => {
    expect(ko.email.parse('Mina@Example.COM')).toBe('mina@example.com');
    // Checked as sent, as the documents' pattern says: the forms trim before sending.
    expect(messagesOf(ko.email.safeParse(' mina@example.com'))).toEqual([memberMessage('emailInvalid')]);
    expect(messagesOf(ko.email.safeParse('mina@'))).toEqual([memberMessage('emailInvalid')]);
    expect(messagesOf(en.email.safeParse('nope'))).toEqual(['Enter a valid email address']);
  });

  it('defaults the user mode to beginner on sign-up', () => {
    const parsed = signUpInputSchema.parse({ email: 'a@b.co', password: 'Sc3nt!ence', nickname: '미나' });
    expect(parsed.userMode).toBe('beginner');
  });
});

describe('member messages', () => {
  it('have Korean and English for every key', () => {
    for (const [key, text] of Object.entries(MEMBER_MESSAGES)) {
      expect(text.ko.length, key).toBeGreaterThan(0);
      expect(text.en.length, key).toBeGreaterThan(0);
      expect(text.en, key).not.toBe(text.ko);
    }
  });

  it('fill their placeholders in either language', () => {
    expect(memberMessage('tooManyRequests', 'en', { seconds: 840 })).toBe(
      'Too many attempts. Try again in 840 seconds',
    );
    expect(memberMessage('tooManyRequests', 'ko', { seconds: 61 })).toBe(
      '요청이 너무 많습니다. 61초 후에 다시 시도해 주세요',
    );
  });

  it('are known by key only, never by a name every object has', () => {
    expect(isMemberMessageKey('invalidCredentials')).toBe(true);
    for (const name of ['constructor', 'toString', '__proto__', '이메일 또는 비밀번호가 올바르지 않습니다']) {
      expect(isMemberMessageKey(name), name).toBe(false);
    }
  });
});

describe("the services' field rules", () => {
  const wireKeys = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
    messagesOf(result).filter((key): key is MemberMessageKey => isMemberMessageKey(key));

  it('are the rules the web checks, refusing with the message key', () => {
    for (const password of ['abc', 'ALLUPPER1!', 'Abcdefg 1']) {
      const keys = wireKeys(memberPasswordSchema.safeParse(password));
      expect(keys.length, password).toBe(messagesOf(memberPasswordSchema.safeParse(password)).length);
      expect(keys.map((key) => memberMessage(key, 'en'))).toEqual(messagesOf(en.password.safeParse(password)));
    }
    expect(wireKeys(nicknameSchema.safeParse('향수 러버'))).toEqual(['nicknameCharacters']);
  });
});
