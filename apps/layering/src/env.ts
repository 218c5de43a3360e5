import { serviceVariables } from '@scentence/api/config';
import { envLoader, portVariable } from '@scentence/api/service';
import { z } from 'zod';

const perMinute = (fallback: number) => z.coerce.number().int().min(1).max(100_000).default(fallback);

export const layeringEnvSchema = z.object({
  ...serviceVariables,
  LAYERING_PORT: portVariable(8002),
  /** Pairs, partners and questions per caller (member, or client address) per minute. */
  LAYERING_READS_PER_MINUTE: perMinute(120),
  /** Votes cast or taken back per member per minute. */
  LAYERING_VOTES_PER_MINUTE: perMinute(30),
});
export type LayeringEnv = z.output<typeof layeringEnvSchema>;

export const loadLayeringEnv = envLoader(layeringEnvSchema);
