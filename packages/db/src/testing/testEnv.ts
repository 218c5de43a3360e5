import { z } from 'zod';

const testEnvSchema = z.object({
  /** A real PostgreSQL (with pgvector) to run the integration suites against instead of PGlite. */
  TEST_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//)
    .optional(),
});

export const testEnv = testEnvSchema.parse(
  Object.fromEntries(Object.entries(process.env).filter(([key, value]) => key in testEnvSchema.shape && value)),
);
