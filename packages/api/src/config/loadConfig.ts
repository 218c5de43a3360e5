import type { z } from 'zod';
import { EXIT_CODES, exitWith } from './exitCodes';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses environment variables with a schema; the error names every bad variable and why. */
export function loadConfig<T extends z.ZodType>(schema: T, source: Record<string, string | undefined>): z.output<T> {
  // An empty variable means "not set", as in most .env files.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ''));
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`));
  }
  return result.data;
}

/** For an app's entry point: a bad configuration stops the process with the message, not a stack. */
export function loadConfigOrExit<T extends z.ZodType>(
  schema: T,
  source: Record<string, string | undefined>,
): z.output<T> {
  try {
    return loadConfig(schema, source);
  } catch (error) {
    if (error instanceof ConfigError) {
      exitWith(error.message, EXIT_CODES.config);
    }
    throw error;
  }
}
