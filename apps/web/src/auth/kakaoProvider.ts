import 'server-only';
import { headers } from 'next/headers';
import type { User } from 'next-auth';
import KakaoProvider, { type KakaoProfile } from 'next-auth/providers/kakao';
import type { WebEnv } from '../env';
import { serviceBackend } from './backendClients';
import { backendFailureOf } from './backendErrors';
import { clientAddressOf } from './clientAddress';
import { kakaoSignInFields } from './kakaoProfile';
import { encodeProblem } from './memberProblem';
import { nextStepOf } from './memberSignIn';

const KAKAO_AUTHORIZE_URL = 'https://kauth.kakao.com/oauth/authorize';
const KAKAO_TOKEN_URL = 'https://kauth.kakao.com/oauth/token';
const KAKAO_USERINFO_URL = 'https://kapi.kakao.com/v2/user/me';

/** An empty `scope` asks Kakao for the app's configured consent items (openid-client would add "openid"). */
function withEmptyScope(url: string): string {
  const withScope = new URL(url);
  withScope.searchParams.set('scope', '');
  return withScope.toString();
}

/**
 * Turns Kakao's profile into our member: the backend signs in, creates or asks to link. Failures
 * become a redirect (the signIn callback follows `redirectTo`), since next-auth would otherwise
 * swallow the reason.
 */
async function memberFromKakao(profile: KakaoProfile, origin: string): Promise<User> {
  const pendingId = `kakao:${profile.id}`;
  try {
    const clientAddress = clientAddressOf((await headers()).get('x-forwarded-for'));
    const result = await serviceBackend().member.signInWithKakao.mutate({
      ...kakaoSignInFields(profile),
      clientAddress,
    });
    const step = await nextStepOf(result);
    return typeof step === 'string' ? { id: pendingId, redirectTo: `${origin}${step}` } : step;
  } catch (error) {
    const code = encodeProblem(backendFailureOf(error).problem);
    return { id: pendingId, redirectTo: `${origin}/login?error=${encodeURIComponent(code)}` };
  }
}

export function kakaoProvider(env: WebEnv) {
  const origin = new URL(env.NEXTAUTH_URL).origin;
  return KakaoProvider({
    clientId: env.KAKAO_CLIENT_ID ?? '',
    clientSecret: env.KAKAO_CLIENT_SECRET ?? '',
    authorization: withEmptyScope(env.KAKAO_AUTH_URL ?? KAKAO_AUTHORIZE_URL),
    token: env.KAKAO_TOKEN_URL ?? KAKAO_TOKEN_URL,
    userinfo: env.KAKAO_USERINFO_URL ?? KAKAO_USERINFO_URL,
    // Kakao's client secret is optional per app; without one the client id alone identifies us.
    client: { token_endpoint_auth_method: env.KAKAO_CLIENT_SECRET ? 'client_secret_post' : 'none' },
    profile: (profile: KakaoProfile) => memberFromKakao(profile, origin),
  });
}
