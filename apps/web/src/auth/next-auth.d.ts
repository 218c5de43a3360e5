import type { SessionMember } from './sessionMember';

declare module 'next-auth' {
  interface Session {
    member?: SessionMember;
  }
  interface User {
    /** Set when the backend signed this person in. */
    member?: SessionMember;
    /** Set instead when the sign-in must continue elsewhere (link, recover) or failed (login?error=). */
    redirectTo?: string;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    member?: SessionMember;
  }
}
