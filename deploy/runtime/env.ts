import { loadConfigOrExit, serviceVariables } from '@scentence/api/config';
import { z } from 'zod';

/** What the container entry point reads before it hands over to the service's own env module. */
export const serviceStartEnvSchema = z.object({
  NODE_ENV: serviceVariables.NODE_ENV,
  DATABASE_URL: serviceVariables.DATABASE_URL,
  PERFUME_DATABASE_URL: serviceVariables.PERFUME_DATABASE_URL,
  RECOM_DATABASE_URL: serviceVariables.RECOM_DATABASE_URL,
  MEMBER_DATABASE_URL: serviceVariables.MEMBER_DATABASE_URL,
  DB_WAIT_TIMEOUT_SECONDS: z.coerce.number().int().min(0).max(600).default(60),
});
export type ServiceStartEnv = z.output<typeof serviceStartEnvSchema>;

export function loadServiceStartEnv(source: Record<string, string | undefined> = process.env): ServiceStartEnv {
  return loadConfigOrExit(serviceStartEnvSchema, source);
}
