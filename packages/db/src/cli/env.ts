import { loadConfigOrExit, serviceVariables } from '@scentence/api/config';
import { z } from 'zod';

export const cliEnvSchema = z.object({
  ...serviceVariables,
  /** With a key, perfumes are embedded by OpenAI; without one, by the local embedder. */
  OPENAI_API_KEY: z.string().min(1).optional(),
  OPENAI_BASE_URL: z.url().optional(),
  /** Set by npm to the folder `npm run` was typed in: a relative file path is taken from there. */
  INIT_CWD: z.string().optional(),
});
export type CliEnv = z.output<typeof cliEnvSchema>;

/** The import and re-embed commands' configuration; a bad variable stops the command with its name. */
export function loadCliEnv(source: Record<string, string | undefined> = process.env): CliEnv {
  return loadConfigOrExit(cliEnvSchema, source);
}
