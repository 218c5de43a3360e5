import { loadConfigOrExit, serviceVariables } from '@scentence/api/config';
import { z } from 'zod';

export const scentmapEnvSchema = z.object({
  ...serviceVariables,
  SCENTMAP_PORT: z.coerce.number().int().min(0).max(65535).default(8001),
});
export type ScentmapEnv = z.output<typeof scentmapEnvSchema>;

export function loadScentmapEnv(source: Record<string, string | undefined> = process.env): ScentmapEnv {
  return loadConfigOrExit(scentmapEnvSchema, source);
}
