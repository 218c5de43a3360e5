import 'server-only';
import type { MemberSignInResult } from '@scentence/api/schemas';
import { headers } from 'next/headers';
import type { User } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { serviceBackend } from './backendClients';
import { backendFailureOf } from './backendErrors';
import { clientAddressOf } from './clientAddress';
import { encodeProblem } from './memberProblem';
import { nextStepOf } from './memberSignIn';
import { pendingLink, pendingRecovery } from './pendingSignIn';
import { continueCode } from './signInSteps';

async function requestAddress(): Promise<string> {
  return clientAddressOf((await headers()).get('x-forwarded-for'));
}

/**
 * Runs one backend sign-in step for an `authorize`. Whatever is not a signed-in member is thrown
 * as a code next-auth hands back to the page (`signIn(..., { redirect: false })` → `error`).
 */
async function authorizeWith(call: () => Promise<MemberSignInResult>): Promise<User> {
  let result: MemberSignInResult;
  try {
    result = await call();
  } catch (error) {
    throw new Error(encodeProblem(backendFailureOf(error).problem));
  }
  const step = await nextStepOf(result);
  if (typeof step === 'string') throw new Error(continueCode(step));
  return step;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** Email and password, checked by the backend (which throttles and hides whether the email exists). */
export const emailProvider = CredentialsProvider({
  id: 'credentials',
  name: 'Email',
  credentials: { email: { type: 'email' }, password: { type: 'password' } },
  async authorize(credentials) {
    const clientAddress = await requestAddress();
    return authorizeWith(() =>
      serviceBackend().member.verifyCredentials.mutate({
        email: text(credentials?.email),
        password: text(credentials?.password),
        clientAddress,
      }),
    );
  },
});

/** Cancels a withdrawal with the proof the sign-in left in its cookie. */
export const recoveryProvider = CredentialsProvider({
  id: 'recovery',
  name: 'Recovery',
  credentials: {},
  async authorize() {
    const pending = await pendingRecovery.read();
    if (!pending) throw new Error(encodeProblem({ kind: 'member', key: 'recoveryExpired' }));
    const user = await authorizeWith(() =>
      serviceBackend().member.recover.mutate({ recoveryToken: pending.recoveryToken }),
    );
    await pendingRecovery.clear();
    return user;
  },
});

/** Joins a Kakao account to the email account it matched, once that account's password is given. */
export const kakaoLinkProvider = CredentialsProvider({
  id: 'kakao-link',
  name: 'Kakao link',
  credentials: { password: { type: 'password' } },
  async authorize(credentials) {
    const pending = await pendingLink.read();
    if (!pending) throw new Error(encodeProblem({ kind: 'member', key: 'linkExpired' }));
    const clientAddress = await requestAddress();
    const user = await authorizeWith(() =>
      serviceBackend().member.linkKakao.mutate({
        linkToken: pending.linkToken,
        password: text(credentials?.password),
        clientAddress,
      }),
    );
    await pendingLink.clear();
    return user;
  },
});
