import { z } from 'zod';

const testEnvSchema = z.object({
  /** A real PostgreSQL (with pgvector) to run the integration suites against instead of PGlite. */
  TEST_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//)
    .optional(),
  /**
   * `1` runs the fault tests that stop a database server of their own (documented in
   * docs/RELIABILITY.md); off in `npm test` until the backend survives every stop (see there).
   */
  FAULT_TESTS: z.literal('1').optional(),
});

export const testEnv = testEnvSchema.parse(
  Object.fromEntries(Object.entries(process.env).filter(([key, value]) => key in testEnvSchema.shape && value)),
);
