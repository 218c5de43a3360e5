import { loadConfigOrExit, serviceVariables } from '@scentence/api/config';
import { z } from 'zod';

export const layeringEnvSchema = z.object({
  ...serviceVariables,
  LAYERING_PORT: z.coerce.number().int().min(0).max(65535).default(8002),
});
export type LayeringEnv = z.output<typeof layeringEnvSchema>;

export function loadLayeringEnv(source: Record<string, string | undefined> = process.env): LayeringEnv {
  return loadConfigOrExit(layeringEnvSchema, source);
}
