import 'server-only';
import { authSecretOf, loadConfigOrExit, serviceVariables } from '@scentence/api/config';
import { z } from 'zod';

const serviceUrl = (fallback: string) => z.url({ protocol: /^https?$/ }).default(fallback);
const optionalUrl = z.url({ protocol: /^https?$/ }).optional();

export const webEnvSchema = z.object({
  BACKEND_URL: serviceUrl('http://127.0.0.1:8000'),
  SCENTMAP_URL: serviceUrl('http://127.0.0.1:8001'),
  LAYERING_URL: serviceUrl('http://127.0.0.1:8002'),
  NODE_ENV: serviceVariables.NODE_ENV,
  /** Signs the next-auth session and the bearer tokens the proxy mints (resolved by `webEnv`). */
  AUTH_SECRET: serviceVariables.AUTH_SECRET,
  /** Without AUTH_SECRET (development), the generated secret the services keep here is read. */
  DATA_DIR: serviceVariables.DATA_DIR,
  /** The site's public origin: next-auth builds its callback URLs (Kakao's redirect_uri) from it. */
  NEXTAUTH_URL: z.url({ protocol: /^https?$/ }).default('http://localhost:3000'),
  /** Kakao Login; without a client id the login page offers email only. */
  KAKAO_CLIENT_ID: z.string().min(1).optional(),
  KAKAO_CLIENT_SECRET: z.string().min(1).optional(),
  KAKAO_AUTH_URL: optionalUrl,
  KAKAO_TOKEN_URL: optionalUrl,
  KAKAO_USERINFO_URL: optionalUrl,
});
export type WebEnv = z.output<typeof webEnvSchema> & { AUTH_SECRET: string };

let cached: WebEnv | undefined;

/**
 * The web server's configuration. Read lazily so `next build` needs none of the run-time URLs;
 * instrumentation.ts reads it once at start, so a malformed variable stops the server there.
 */
export function webEnv(): WebEnv {
  if (!cached) {
    const env = loadConfigOrExit(webEnvSchema, process.env);
    cached = { ...env, AUTH_SECRET: authSecretOf(env) };
    // next-auth reads its origin from process.env alone; hand it the validated value (and default).
    process.env.NEXTAUTH_URL = cached.NEXTAUTH_URL;
  }
  return cached;
}
