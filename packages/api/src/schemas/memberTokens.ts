import { z } from 'zod';
import {
  linkKakaoInputSchema,
  memberSignInResultSchema,
  recoverInputSchema,
  verifyCredentialsInputSchema,
} from './member';
import { textInput } from './textInput';

// ---------------------------------------------------------------------------------------------
// Tokens for REST and mobile callers: a short-lived access token (the bearer JWT every service
// verifies) and a refresh token that is exchanged, once, for the next pair.
// ---------------------------------------------------------------------------------------------

/** How long an access token from the token operations lives. */
export const REST_ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
/** How long a refresh token lives; each refresh starts a new one. */
export const REFRESH_TOKEN_TTL_DAYS = 30;

const isoDateTime = z.iso.datetime();
const refreshTokenSchema = z
  .string()
  .min(1)
  .max(512)
  .meta({ description: 'The refresh token from the last sign-in or refresh' });

export const memberTokensSchema = z.object({
  tokenType: z.literal('Bearer'),
  accessToken: z.string().meta({ description: 'Send as `Authorization: Bearer <accessToken>`' }),
  expiresIn: z.number().int().meta({ description: 'Seconds the access token lives' }),
  accessTokenExpiresAt: isoDateTime,
  refreshToken: z.string().meta({ description: 'Exchange it once for new tokens; keep it secret' }),
  refreshTokenExpiresAt: isoDateTime,
});
export type MemberTokens = z.infer<typeof memberTokensSchema>;

// The sign-in outcomes in the order member.ts lists them; the tokens join the signed-in one (the
// literal below makes a reordering fail at start with a duplicate discriminator, not silently).
const [signedInSchema, linkRequiredSchema, withdrawalRequestedSchema] = memberSignInResultSchema.options;

/** A signed-in member with tokens, or the next step (link a Kakao account, recover a withdrawal). */
export const memberTokenResultSchema = z.discriminatedUnion('status', [
  signedInSchema.extend({ status: z.literal('signed_in'), tokens: memberTokensSchema }),
  linkRequiredSchema,
  withdrawalRequestedSchema,
]);
export type MemberTokenResult = z.infer<typeof memberTokenResultSchema>;

export const passwordTokenInputSchema = z.object({
  email: verifyCredentialsInputSchema.shape.email,
  password: verifyCredentialsInputSchema.shape.password,
});

export const kakaoTokenInputSchema = z.object({
  kakaoAccessToken: textInput(2048, { required: true }).meta({
    description: "An access token from Kakao's login SDK; the backend reads the profile with it",
  }),
});

export const kakaoLinkTokenInputSchema = z.object({
  linkToken: linkKakaoInputSchema.shape.linkToken,
  password: linkKakaoInputSchema.shape.password,
});

export const recoveryTokenInputSchema = recoverInputSchema;

export const refreshTokenInputSchema = z.object({ refreshToken: refreshTokenSchema });

export const revokeTokenInputSchema = z.object({ refreshToken: refreshTokenSchema });
export const revokedTokenSchema = z.object({
  revoked: z.boolean().meta({ description: 'False when the token was unknown or already revoked' }),
});
