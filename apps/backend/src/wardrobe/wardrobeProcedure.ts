import { MessageError, protectedProcedure } from '@scentence/api';
import { memberIdSchema } from '@scentence/api/schemas';

/**
 * A signed-in member, named by the bearer token alone (`ctx.memberId`): no wardrobe procedure
 * takes a member id from its input or a header.
 */
export const wardrobeProcedure = protectedProcedure.use(({ ctx, next }) => {
  const memberId = ctx.caller.memberId;
  if (!memberIdSchema.safeParse(memberId).success) {
    throw new MessageError({ code: 'UNAUTHORIZED', key: 'signInAgain' });
  }
  return next({ ctx: { ...ctx, memberId } });
});
