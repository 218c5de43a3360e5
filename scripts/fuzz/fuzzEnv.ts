import { loadConfigOrExit } from '@scentence/api/config';
import { z } from 'zod';

/** The variables the fuzzer reads (its only access to process.env). */
export const fuzzEnvSchema = z.object({
  /** Against running services: the secret they verify tokens with, so the fuzzer can sign members up and in. */
  AUTH_SECRET: z.string().min(32).optional(),
  /** Overrides the seed of the test's fuzz run (to replay a CI failure in the test itself). */
  FUZZ_SEED: z.coerce
    .number()
    .int()
    .min(0)
    .max(2 ** 32 - 1)
    .optional(),
  /** Overrides how many requests the test's fuzz run sends. */
  FUZZ_REQUESTS: z.coerce.number().int().min(1).max(1_000_000).optional(),
});

export function loadFuzzEnv(source: Record<string, string | undefined> = process.env) {
  return loadConfigOrExit(fuzzEnvSchema, source);
}
