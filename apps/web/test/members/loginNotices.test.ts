import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { ko } from '../../src/i18n/ko';
import { loginErrorText, loginNoticeText } from '../../src/members/loginNotices';

describe('login page notices', () => {
  it('puts a Kakao sign-in that came back with a member problem into words', () => {
    expect(loginErrorText('member.accountLocked', 'ko', ko.members)).toBe('잠긴 계정입니다. 고객센터에 문의해 주세요');
    expect(loginErrorText('member.tooManyRequests.30', 'en', en.members)).toBe(
      'Too many attempts. Try again in 30 seconds',
    );
  });

  it("turns next-auth's own codes (and forged ones) into one plain sentence", () => {
    expect(loginErrorText('OAuthCallback', 'ko', ko.members)).toBe(ko.members.login.kakaoFailed);
    expect(loginErrorText('<b>call us</b>', 'en', en.members)).toBe(en.members.login.kakaoFailed);
    expect(loginErrorText(undefined, 'en', en.members)).toBeNull();
  });

  it('tells until when a withdrawn account can be recovered', () => {
    expect(loginNoticeText('withdrawn', '2026-06-02T03:00:00.000Z', 'ko', ko.members)).toBe(
      '탈퇴 요청을 받았어요. 2026년 6월 2일까지 다시 로그인하면 계정을 복구할 수 있어요.',
    );
    expect(loginNoticeText('withdrawn', '2026-06-02T03:00:00.000Z', 'en', en.members)).toContain('June 2, 2026');
    expect(loginNoticeText('withdrawn', 'not a date', 'en', en.members)).toBeNull();
    expect(loginNoticeText('ended', undefined, 'ko', ko.members)).toBe(ko.members.login.signedOutLocked);
    expect(loginNoticeText('something', undefined, 'ko', ko.members)).toBeNull();
  });
});
