import { type KakaoSignInInput, kakaoSignInInputSchema } from '@scentence/api/schemas';
import { z } from 'zod';
import { memberError } from '../shared/memberErrors';

const KAKAO_TIMEOUT_MS = 5_000;

/** The parts of Kakao's GET /v2/user/me that sign-in reads. */
const kakaoUserMeSchema = z.object({
  id: z.union([z.number().int().nonnegative(), z.string().regex(/^\d+$/)]),
  properties: z.object({ nickname: z.string().nullish() }).nullish(),
  kakao_account: z
    .object({
      email: z.string().nullish(),
      is_email_verified: z.boolean().nullish(),
      profile: z.object({ nickname: z.string().nullish() }).nullish(),
    })
    .nullish(),
});

export type KakaoProfile = z.output<typeof kakaoSignInInputSchema>;

/** The same fields the web's Kakao provider hands the backend; a malformed email counts as none. */
function toSignInInput(me: z.output<typeof kakaoUserMeSchema>, clientAddress: string): KakaoProfile | null {
  const account = me.kakao_account;
  const fields: KakaoSignInInput = {
    kakaoId: String(me.id),
    email: account?.email ?? null,
    emailVerified: account?.is_email_verified === true,
    nickname: (account?.profile?.nickname ?? me.properties?.nickname ?? null)?.slice(0, 100) ?? null,
    clientAddress,
  };
  const parsed = kakaoSignInInputSchema.safeParse(fields);
  if (parsed.success) return parsed.data;
  const withoutEmail = kakaoSignInInputSchema.safeParse({ ...fields, email: null, emailVerified: false });
  return withoutEmail.success ? withoutEmail.data : null;
}

/**
 * Asks Kakao who holds `accessToken`, as next-auth's Kakao provider does after its code exchange.
 * A token Kakao refuses is a 401; Kakao down, slow or answering nonsense is a 503.
 */
export async function fetchKakaoProfile(
  userInfoUrl: string,
  accessToken: string,
  clientAddress: string,
): Promise<KakaoProfile> {
  let response: Response;
  try {
    response = await fetch(userInfoUrl, {
      headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json' },
      signal: AbortSignal.timeout(KAKAO_TIMEOUT_MS),
    });
  } catch {
    throw memberError('SERVICE_UNAVAILABLE', 'kakaoUnavailable');
  }
  if (response.status === 400 || response.status === 401 || response.status === 403) {
    await response.body?.cancel();
    throw memberError('UNAUTHORIZED', 'kakaoTokenInvalid');
  }
  const me = response.ok ? kakaoUserMeSchema.safeParse(await response.json().catch(() => null)) : null;
  if (!response.ok) await response.body?.cancel();
  const profile = me?.success ? toSignInInput(me.data, clientAddress) : null;
  if (!profile) throw memberError('SERVICE_UNAVAILABLE', 'kakaoUnavailable');
  return profile;
}
