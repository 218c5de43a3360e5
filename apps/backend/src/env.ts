import { loadConfigOrExit, serviceVariables } from '@scentence/api/config';
import { z } from 'zod';

export const backendEnvSchema = z.object({
  ...serviceVariables,
  BACKEND_PORT: z.coerce.number().int().min(0).max(65535).default(8000),
});
export type BackendEnv = z.output<typeof backendEnvSchema>;

export function loadBackendEnv(source: Record<string, string | undefined> = process.env): BackendEnv {
  return loadConfigOrExit(backendEnvSchema, source);
}
