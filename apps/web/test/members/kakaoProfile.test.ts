import type { KakaoProfile } from 'next-auth/providers/kakao';
import { describe, expect, it } from 'vitest';
import { kakaoSignInFields } from '../../src/auth/kakaoProfile';

function userMe(account: KakaoProfile['kakao_account']): KakaoProfile {
  return { id: 4_102_938_571, properties: { nickname: '프로퍼티 이름' }, kakao_account: account };
}

describe('kakaoSignInFields', () => {
  it('passes the id as a string, the email and whether Kakao verified it', () => {
    expect(
      kakaoSignInFields(
        userMe({ profile: { nickname: '향기로운 하루' }, email: 'day@example.com', is_email_verified: true }),
      ),
    ).toEqual({ kakaoId: '4102938571', email: 'day@example.com', emailVerified: true, nickname: '향기로운 하루' });
  });

  it('treats an email Kakao did not verify as unverified, and a missing one as none', () => {
    expect(kakaoSignInFields(userMe({ email: 'maybe@example.com', is_email_verified: false })).emailVerified).toBe(
      false,
    );
    expect(kakaoSignInFields(userMe({ email: 'maybe@example.com' })).emailVerified).toBe(false);
    expect(kakaoSignInFields(userMe(undefined))).toEqual({
      kakaoId: '4102938571',
      email: null,
      emailVerified: false,
      nickname: '프로퍼티 이름',
    });
  });
});
