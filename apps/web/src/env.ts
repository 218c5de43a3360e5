import { loadConfigOrExit } from '@scentence/api/config';
import { z } from 'zod';

const serviceUrl = (fallback: string) => z.url({ protocol: /^https?$/ }).default(fallback);

export const webEnvSchema = z.object({
  BACKEND_URL: serviceUrl('http://127.0.0.1:8000'),
  SCENTMAP_URL: serviceUrl('http://127.0.0.1:8001'),
  LAYERING_URL: serviceUrl('http://127.0.0.1:8002'),
});
export type WebEnv = z.output<typeof webEnvSchema>;

let cached: WebEnv | undefined;

/**
 * The web server's configuration. Read lazily so `next build` needs none of the run-time URLs;
 * instrumentation.ts reads it once at start, so a malformed variable stops the server there.
 */
export function webEnv(): WebEnv {
  cached ??= loadConfigOrExit(webEnvSchema, process.env);
  return cached;
}
