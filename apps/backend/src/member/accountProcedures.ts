import { publicProcedure, serviceProcedure } from '@scentence/api';
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
import type { AccountService } from './accountService';
import { clientAddressOf } from './rateLimiter';

const tags = ['members'];

/**
 * Signing up and in. Availability checks, sign-up and recovery are public; the sign-in steps
 * belong to the web server's next-auth (a service token), which alone may vouch for an address.
 */
export function accountProcedures(accounts: () => AccountService) {
  return {
    checkEmail: publicProcedure
      .meta({
        openapi: {
          method: 'GET',
          path: '/members/email-availability',
          tags,
          protect: false,
          summary: 'Is this email free?',
        },
      })
      .input(checkEmailInputSchema)
      .output(availabilitySchema)
      .query(async ({ ctx, input }) => ({
        available: await accounts().isEmailAvailable(input.email, clientAddressOf(ctx.caller, input.clientAddress)),
      })),

    checkNickname: publicProcedure
      .meta({
        openapi: {
          method: 'GET',
          path: '/members/nickname-availability',
          tags,
          protect: false,
          summary: 'Is this nickname free?',
        },
      })
      .input(checkNicknameInputSchema)
      .output(availabilitySchema)
      .query(async ({ ctx, input }) => ({
        available: await accounts().isNicknameAvailable(
          input.nickname,
          clientAddressOf(ctx.caller, input.clientAddress),
        ),
      })),

    signUp: publicProcedure
      .meta({
        openapi: { method: 'POST', path: '/members', tags, protect: false, summary: 'Sign up with email and password' },
      })
      .input(signUpInputSchema)
      .output(memberProfileSchema)
      .mutation(({ ctx, input }) => accounts().signUp(input, clientAddressOf(ctx.caller, input.clientAddress))),

    recover: publicProcedure
      .meta({
        openapi: {
          method: 'POST',
          path: '/members/recovery',
          tags,
          protect: false,
          summary: 'Cancel a withdrawal within 30 days',
        },
      })
      .input(recoverInputSchema)
      .output(memberSignInResultSchema)
      .mutation(({ input }) => accounts().recover(input.recoveryToken)),

    verifyCredentials: serviceProcedure
      .meta({
        openapi: {
          method: 'POST',
          path: '/members/credentials',
          tags,
          protect: true,
          summary: 'Check an email and password (web server only)',
        },
      })
      .input(verifyCredentialsInputSchema)
      .output(memberSignInResultSchema)
      .mutation(({ input }) => accounts().verifyCredentials(input.email, input.password, input.clientAddress)),

    signInWithKakao: serviceProcedure
      .meta({
        openapi: {
          method: 'POST',
          path: '/members/kakao',
          tags,
          protect: true,
          summary: 'Sign in with the Kakao profile the web fetched (web server only)',
        },
      })
      .input(kakaoSignInInputSchema)
      .output(memberSignInResultSchema)
      .mutation(({ input }) => accounts().signInWithKakao(input)),

    linkKakao: serviceProcedure
      .meta({
        openapi: {
          method: 'POST',
          path: '/members/kakao/link',
          tags,
          protect: true,
          summary: 'Join a Kakao account to an email account after its password (web server only)',
        },
      })
      .input(linkKakaoInputSchema)
      .output(memberSignInResultSchema)
      .mutation(({ input }) => accounts().linkKakao(input.linkToken, input.password, input.clientAddress)),
  } satisfies TRPCRouterRecord;
}
