import { z } from 'zod';
import { proxyEntryProblem } from '../clientAddress/proxyTrust';
import { resolveAuthSecret } from './authSecret';
import { EXIT_CODES, exitWith } from './exitCodes';
import { ConfigError } from './loadConfig';

const commaList = (value: string) =>
  value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);

/** Our load balancers' addresses or CIDR ranges: only their X-Forwarded-For is believed. */
const trustedProxies = z
  .string()
  .default('')
  .transform((value, context) => {
    const entries = commaList(value);
    for (const entry of entries) {
      const problem = proxyEntryProblem(entry);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    }
    return entries;
  });

const postgresUrl = z
  .string()
  .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
  .optional();

/** Variables every service reads: databases, the token secret, CORS, the trusted proxies. */
export const serviceVariables = {
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: postgresUrl,
  PERFUME_DATABASE_URL: postgresUrl,
  RECOM_DATABASE_URL: postgresUrl,
  MEMBER_DATABASE_URL: postgresUrl,
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  DATA_DIR: z.string().default('.data'),
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  CORS_ORIGINS: z.string().default('').transform(commaList),
  /**
   * Comma list of addresses or CIDR ranges (e.g. the load balancer's subnet). Empty: every TCP
   * peer is the client, and X-Forwarded-For is never read.
   */
  TRUSTED_PROXIES: trustedProxies,
  HOST: z.string().default('0.0.0.0'),
};

type ServiceVariables = z.output<z.ZodObject<typeof serviceVariables>>;

/**
 * The token secret a process runs with (see `resolveAuthSecret`); `dataDir` is DATA_DIR resolved
 * by the caller. A production process without AUTH_SECRET stops here with the message.
 */
export function authSecretOf(
  config: Pick<ServiceVariables, 'AUTH_SECRET' | 'NODE_ENV' | 'DATA_DIR'>,
  dataDir: string = config.DATA_DIR,
): string {
  try {
    return resolveAuthSecret(config, dataDir);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    exitWith(error.message, EXIT_CODES.config);
  }
}

export function databaseUrlsOf(config: ServiceVariables) {
  return {
    perfume: config.PERFUME_DATABASE_URL ?? config.DATABASE_URL,
    recom: config.RECOM_DATABASE_URL ?? config.DATABASE_URL,
    member: config.MEMBER_DATABASE_URL ?? config.DATABASE_URL,
  };
}
