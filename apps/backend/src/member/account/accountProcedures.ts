import { operationDocs, publicProcedure, serviceProcedure } from '@scentence/api';
import { throttleAddressOf } from '@scentence/api/clientAddress';
import {
  availabilitySchema,
  checkEmailInputSchema,
  checkNicknameInputSchema,
  kakaoSignInInputSchema,
  linkKakaoInputSchema,
  memberProfileSchema,
  memberSignInResultSchema,
  recoverInputSchema,
  signUpInputSchema,
  verifyCredentialsInputSchema,
} from '@scentence/api/schemas';
import type { TRPCRouterRecord } from '@trpc/server';
import { ACCOUNT_LOCKED, RECOVERY_EXPIRED, TOO_MANY_FAILURES, WRONG_PASSWORD_TO_LINK } from '../shared/memberErrorDocs';
import type { AccountService } from './accountService';

const TOO_MANY_CHECKS = 'Too many availability checks from this address.';
const docs = operationDocs('members');

function checkEmailProcedure(accounts: () => AccountService) {
  return publicProcedure
    .meta(docs.get('/members/email-availability', 'Is this email free?', { errors: { 429: TOO_MANY_CHECKS } }))
    .input(checkEmailInputSchema)
    .output(availabilitySchema)
    .query(async ({ ctx, input }) => ({
      available: await accounts().isEmailAvailable(input.email, throttleAddressOf(ctx, input.clientAddress)),
    }));
}

function checkNicknameProcedure(accounts: () => AccountService) {
  return publicProcedure
    .meta(docs.get('/members/nickname-availability', 'Is this nickname free?', { errors: { 429: TOO_MANY_CHECKS } }))
    .input(checkNicknameInputSchema)
    .output(availabilitySchema)
    .query(async ({ ctx, input }) => ({
      available: await accounts().isNicknameAvailable(input.nickname, throttleAddressOf(ctx, input.clientAddress)),
    }));
}

function signUpProcedure(accounts: () => AccountService) {
  return publicProcedure
    .meta(
      docs.post('/members', 'Sign up with email and password', {
        errors: {
          400: 'Also when the email or nickname is taken (`issues` names the field).',
          429: 'Too many sign-ups from this address.',
        },
      }),
    )
    .input(signUpInputSchema)
    .output(memberProfileSchema)
    .mutation(({ ctx, input }) => accounts().signUp(input, throttleAddressOf(ctx, input.clientAddress)));
}

function recoverProcedure(accounts: () => AccountService) {
  return publicProcedure
    .meta(
      docs.post('/members/recovery', 'Cancel a withdrawal within 30 days', {
        errors: { 401: RECOVERY_EXPIRED, 403: ACCOUNT_LOCKED },
      }),
    )
    .input(recoverInputSchema)
    .output(memberSignInResultSchema)
    .mutation(({ input }) => accounts().recover(input.recoveryToken));
}

function verifyCredentialsProcedure(accounts: () => AccountService) {
  return serviceProcedure
    .meta(
      docs.post('/members/credentials', 'Check an email and password (web server only)', {
        errors: {
          401: 'The email or password is wrong.',
          403: ACCOUNT_LOCKED,
          429: TOO_MANY_FAILURES,
        },
      }),
    )
    .input(verifyCredentialsInputSchema)
    .output(memberSignInResultSchema)
    .mutation(({ input }) => accounts().verifyCredentials(input.email, input.password, input.clientAddress));
}

function signInWithKakaoProcedure(accounts: () => AccountService) {
  return serviceProcedure
    .meta(
      docs.post('/members/kakao', 'Sign in with the Kakao profile the web fetched (web server only)', {
        errors: {
          401: 'The account has withdrawn, or its recovery period is over.',
          403: ACCOUNT_LOCKED,
          409: 'The verified email belongs to an account that signs in otherwise, or no free nickname was found (`CONFLICT`).',
        },
      }),
    )
    .input(kakaoSignInInputSchema)
    .output(memberSignInResultSchema)
    .mutation(({ input }) => accounts().signInWithKakao(input));
}

function linkKakaoProcedure(accounts: () => AccountService) {
  return serviceProcedure
    .meta(
      docs.post(
        '/members/kakao/link',
        'Join a Kakao account to an email account after its password (web server only)',
        {
          errors: {
            400: WRONG_PASSWORD_TO_LINK,
            401: 'The link token has expired.',
            403: ACCOUNT_LOCKED,
            409: 'The Kakao account or the email account is already linked to another (`CONFLICT`).',
            429: TOO_MANY_FAILURES,
          },
        },
      ),
    )
    .input(linkKakaoInputSchema)
    .output(memberSignInResultSchema)
    .mutation(({ input }) => accounts().linkKakao(input.linkToken, input.password, input.clientAddress));
}

/**
 * Signing up and in. Availability checks, sign-up and recovery are public; the sign-in steps
 * belong to the web server's next-auth (a service token), which alone may vouch for an address
 * (anyone else is throttled by their connection's).
 */
export function accountProcedures(accounts: () => AccountService) {
  return {
    checkEmail: checkEmailProcedure(accounts),
    checkNickname: checkNicknameProcedure(accounts),
    signUp: signUpProcedure(accounts),
    recover: recoverProcedure(accounts),
    verifyCredentials: verifyCredentialsProcedure(accounts),
    signInWithKakao: signInWithKakaoProcedure(accounts),
    linkKakao: linkKakaoProcedure(accounts),
  } satisfies TRPCRouterRecord;
}
