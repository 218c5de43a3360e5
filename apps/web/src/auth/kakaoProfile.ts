import 'server-only';
import type { KakaoSignInInput } from '@scentence/api/schemas';
import type { KakaoProfile } from 'next-auth/providers/kakao';

/** The fields of Kakao's /v2/user/me that sign-in hands the backend (it decides what to trust). */
export function kakaoSignInFields(profile: KakaoProfile): Omit<KakaoSignInInput, 'clientAddress'> {
  const account = profile.kakao_account;
  return {
    kakaoId: String(profile.id),
    email: account?.email ?? null,
    emailVerified: account?.is_email_verified === true,
    nickname: account?.profile?.nickname ?? profile.properties?.nickname ?? null,
  };
}
