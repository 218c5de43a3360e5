import { z } from 'zod';

const DEV_AUTH_SECRET = 'scentence-embedded-development-secret-change-me';

const postgresUrl = z
  .string()
  .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
  .optional();

/** Variables every service reads: databases, the token secret, CORS. */
export const serviceVariables = {
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: postgresUrl,
  PERFUME_DATABASE_URL: postgresUrl,
  RECOM_DATABASE_URL: postgresUrl,
  MEMBER_DATABASE_URL: postgresUrl,
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  DATA_DIR: z.string().default('.data'),
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    ),
  HOST: z.string().default('0.0.0.0'),
};

type ServiceVariables = z.output<z.ZodObject<typeof serviceVariables>>;

/** In production the secret must be set; embedded development runs with a fixed local one. */
export function authSecretOf(config: Pick<ServiceVariables, 'AUTH_SECRET' | 'NODE_ENV'>): string {
  if (config.AUTH_SECRET) return config.AUTH_SECRET;
  if (config.NODE_ENV === 'production') {
    console.error('Invalid configuration:\n  - AUTH_SECRET: required in production');
    process.exit(78);
  }
  return DEV_AUTH_SECRET;
}

export function databaseUrlsOf(config: ServiceVariables) {
  return {
    perfume: config.PERFUME_DATABASE_URL ?? config.DATABASE_URL,
    recom: config.RECOM_DATABASE_URL ?? config.DATABASE_URL,
    member: config.MEMBER_DATABASE_URL ?? config.DATABASE_URL,
  };
}
