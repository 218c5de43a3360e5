import type { WindowRule } from '@scentence/db';
import { type LayeringEnv, layeringEnvSchema } from '../env';

/** What a caller's call counts against: reading (pairs, partners, questions) or voting. */
export type LimitKind = 'read' | 'vote';

export type LayeringLimits = Record<LimitKind, Omit<WindowRule, 'bucket'>>;

const MINUTE = 60_000;

/** The limits a layering process runs with, from its validated environment. */
export function layeringLimitsOf(env: LayeringEnv): LayeringLimits {
  return {
    read: { limit: env.LAYERING_READS_PER_MINUTE, windowMs: MINUTE },
    vote: { limit: env.LAYERING_VOTES_PER_MINUTE, windowMs: MINUTE },
  };
}

/** The env defaults: far above what one person does on the page, far below a scraper. */
export const DEFAULT_LAYERING_LIMITS: LayeringLimits = layeringLimitsOf(layeringEnvSchema.parse({}));
