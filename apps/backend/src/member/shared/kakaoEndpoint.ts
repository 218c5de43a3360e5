/** Kakao's user-info endpoint (KAKAO_USERINFO_URL overrides it; the tests run a local one). */
export const KAKAO_USERINFO_DEFAULT_URL = 'https://kapi.kakao.com/v2/user/me';
