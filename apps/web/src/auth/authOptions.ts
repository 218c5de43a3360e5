import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import { type WebEnv, webEnv } from '../env';
import { emailProvider, kakaoLinkProvider, recoveryProvider } from './credentialProviders';
import { kakaoProvider } from './kakaoProvider';
import { sessionMemberSchema } from './sessionMember';
import { refreshedSessionMember } from './sessionRefresh';

const SESSION_MAX_AGE_SECONDS = 14 * 24 * 60 * 60;

function buildAuthOptions(env: WebEnv): NextAuthOptions {
  return {
    secret: env.AUTH_SECRET,
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
    // Our own pages; next-auth's errors (a failed Kakao callback) land on the login page.
    pages: { signIn: '/login', error: '/login' },
    providers: [
      emailProvider,
      recoveryProvider,
      kakaoLinkProvider,
      ...(env.KAKAO_CLIENT_ID ? [kakaoProvider(env)] : []),
    ],
    callbacks: {
      signIn: ({ user }) => (user.member ? true : (user.redirectTo ?? false)),
      async jwt({ token, user, trigger }) {
        if (user?.member) return { ...token, sub: user.member.id, member: user.member };
        if (trigger === 'update' && token.member)
          return { ...token, member: await refreshedSessionMember(token.member) };
        return token;
      },
      session({ session, token }) {
        const member = sessionMemberSchema.safeParse(token.member);
        if (!member.success) return { expires: session.expires };
        return { expires: session.expires, user: { name: member.data.nickname }, member: member.data };
      },
    },
  };
}

let cached: NextAuthOptions | undefined;

/** Built on first use, so `next build` needs no secret or Kakao settings. */
export function authOptions(): NextAuthOptions {
  cached ??= buildAuthOptions(webEnv());
  return cached;
}
