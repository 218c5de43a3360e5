import { protectedProcedure, publicProcedure } from '@scentence/api';
import type { LayeringLimiter } from './layeringLimiter';

/** The procedure builders with the caller's limit checked first (see docs/reliability/rate-limits.md). */
export function limitedProcedures(limiter: LayeringLimiter) {
  return {
    publicRead: publicProcedure.use(async ({ ctx, next }) => {
      await limiter.admit(ctx, 'read');
      return next();
    }),
    memberRead: protectedProcedure.use(async ({ ctx, next }) => {
      await limiter.admit(ctx, 'read');
      return next();
    }),
    memberVote: protectedProcedure.use(async ({ ctx, next }) => {
      await limiter.admit(ctx, 'vote');
      return next();
    }),
  };
}
