import { loadConfigOrExit } from '@scentence/api/config';
import { z } from 'zod';

/** The embedded launcher's own variables; each service still reads its own env module. */
export const launcherEnvSchema = z.object({
  WEB_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  NEXTAUTH_URL: z.url({ protocol: /^https?$/ }).optional(),
});

export function loadLauncherEnv(source: Record<string, string | undefined> = process.env) {
  return { ...loadConfigOrExit(launcherEnvSchema, source), inherited: source };
}
