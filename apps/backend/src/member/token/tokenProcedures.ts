import { operationDocs, publicProcedure } from '@scentence/api';
import { connectionAddressOf } from '@scentence/api/clientAddress';
import {
  kakaoLinkTokenInputSchema,
  kakaoTokenInputSchema,
  memberTokenResultSchema,
  memberTokensSchema,
  passwordTokenInputSchema,
  REFRESH_TOKEN_TTL_DAYS,
  REST_ACCESS_TOKEN_TTL_SECONDS,
  recoveryTokenInputSchema,
  refreshTokenInputSchema,
  revokedTokenSchema,
  revokeTokenInputSchema,
} from '@scentence/api/schemas';
import type { TRPCRouterRecord } from '@trpc/server';
import { ACCOUNT_LOCKED, RECOVERY_EXPIRED, TOO_MANY_FAILURES, WRONG_PASSWORD_TO_LINK } from '../shared/memberErrorDocs';
import type { TokenService } from './tokenService';

const docs = operationDocs('auth');

const OUTCOMES =
  `\`signed_in\` carries \`tokens\`: an access token for \`Authorization: Bearer\` on every protected operation ` +
  `(valid ${REST_ACCESS_TOKEN_TTL_SECONDS / 60} minutes) and a refresh token (valid ${REFRESH_TOKEN_TTL_DAYS} days, ` +
  'for `POST /auth/token/refresh`). `withdrawal_requested`: the account is being withdrawn; `POST /auth/token/recovery` ' +
  'with its `recoveryToken` cancels that and signs in.';
const THROTTLED = 'Failed attempts count per account and per client address, as on the website.';
const RECOVERY_OVER = 'or the 30 days of recovery of a withdrawal have passed (`UNAUTHORIZED`).';
const SIGN_IN_AGAIN =
  'The refresh token is unknown, expired, already exchanged or revoked, or its member withdrew: sign in again ' +
  '(`UNAUTHORIZED`).';

function passwordTokenProcedure(tokens: () => TokenService) {
  return publicProcedure
    .meta(
      docs.post('/auth/token', 'Sign in with email and password for tokens', {
        description: `Email and password, as on the website's login. ${OUTCOMES} ${THROTTLED}`,
        errors: {
          401: `The email or password is wrong, ${RECOVERY_OVER}`,
          403: ACCOUNT_LOCKED,
          429: TOO_MANY_FAILURES,
        },
      }),
    )
    .input(passwordTokenInputSchema)
    .output(memberTokenResultSchema)
    .mutation(({ ctx, input }) => tokens().signInWithPassword(input.email, input.password, connectionAddressOf(ctx)));
}

function kakaoTokenProcedure(tokens: () => TokenService) {
  return publicProcedure
    .meta(
      docs.post('/auth/token/kakao', 'Sign in with a Kakao access token for tokens', {
        description:
          "An access token from Kakao's login SDK; the backend reads the Kakao profile with it. A new Kakao " +
          `account becomes a member (\`created\`: true). ${OUTCOMES} \`link_required\`: Kakao's verified email ` +
          "belongs to an email account; `POST /auth/token/kakao/link` with the `linkToken` and that account's " +
          'password joins them.',
        errors: {
          401: `Kakao refused the access token (invalid or expired), ${RECOVERY_OVER}`,
          403: ACCOUNT_LOCKED,
          409: "Kakao's email belongs to an account already linked to another Kakao account (`CONFLICT`).",
          503: 'Or Kakao cannot be reached; try again shortly.',
        },
      }),
    )
    .input(kakaoTokenInputSchema)
    .output(memberTokenResultSchema)
    .mutation(({ ctx, input }) => tokens().signInWithKakao(input.kakaoAccessToken, connectionAddressOf(ctx)));
}

function linkKakaoTokenProcedure(tokens: () => TokenService) {
  return publicProcedure
    .meta(
      docs.post('/auth/token/kakao/link', 'Join a Kakao account to an email account for tokens', {
        description: `Confirms the email account's password after \`link_required\` and signs in. ${THROTTLED}`,
        errors: {
          400: WRONG_PASSWORD_TO_LINK,
          401: 'The link token has expired: sign in with Kakao again (`UNAUTHORIZED`).',
          403: ACCOUNT_LOCKED,
          409: 'The Kakao account or the email account is already linked elsewhere (`CONFLICT`).',
          429: TOO_MANY_FAILURES,
        },
      }),
    )
    .input(kakaoLinkTokenInputSchema)
    .output(memberTokenResultSchema)
    .mutation(({ ctx, input }) => tokens().linkKakao(input.linkToken, input.password, connectionAddressOf(ctx)));
}

function recoverTokenProcedure(tokens: () => TokenService) {
  return publicProcedure
    .meta(
      docs.post('/auth/token/recovery', 'Cancel a withdrawal and sign in for tokens', {
        description:
          'Takes the `recoveryToken` of a `withdrawal_requested` answer within the 30 days of recovery, and signs in.',
        errors: { 401: RECOVERY_EXPIRED, 403: ACCOUNT_LOCKED },
      }),
    )
    .input(recoveryTokenInputSchema)
    .output(memberTokenResultSchema)
    .mutation(({ input }) => tokens().recover(input.recoveryToken));
}

function refreshTokenProcedure(tokens: () => TokenService) {
  return publicProcedure
    .meta(
      docs.post('/auth/token/refresh', 'Exchange a refresh token for new tokens', {
        description:
          'Answers a new access token and a new refresh token; the one sent stops working. Sending a refresh ' +
          'token that was already exchanged signs out every token of that sign-in (a copy must be loose). ' +
          'Changing the password or withdrawing revokes all refresh tokens of the member.',
        errors: { 401: SIGN_IN_AGAIN, 403: ACCOUNT_LOCKED },
      }),
    )
    .input(refreshTokenInputSchema)
    .output(memberTokensSchema)
    .mutation(({ input }) => tokens().refresh(input.refreshToken));
}

function revokeTokenProcedure(tokens: () => TokenService) {
  return publicProcedure
    .meta(
      docs.post('/auth/token/revoke', 'Sign out: revoke a refresh token', {
        description:
          'Revokes the refresh token and every token refreshed from the same sign-in. Access tokens already ' +
          'issued stay valid until they expire (minutes). An unknown token answers `revoked: false`.',
      }),
    )
    .input(revokeTokenInputSchema)
    .output(revokedTokenSchema)
    .mutation(async ({ input }) => ({ revoked: await tokens().revoke(input.refreshToken) }));
}

/**
 * Sign-in for REST and mobile callers (the original service's `POST /auth/token` and
 * `/auth/token/kakao`): public, since the credentials in the body prove who is calling.
 */
export function tokenProcedures(tokens: () => TokenService) {
  return {
    password: passwordTokenProcedure(tokens),
    kakao: kakaoTokenProcedure(tokens),
    linkKakao: linkKakaoTokenProcedure(tokens),
    recover: recoverTokenProcedure(tokens),
    refresh: refreshTokenProcedure(tokens),
    revoke: revokeTokenProcedure(tokens),
  } satisfies TRPCRouterRecord;
}
