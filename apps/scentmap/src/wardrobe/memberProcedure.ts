import { MessageError, protectedProcedure } from '@scentence/api';
import { memberIdSchema } from '@scentence/api/schemas';

/** A signed-in member, named by the bearer token alone: nothing here takes a member id from input. */
export const memberProcedure = protectedProcedure.use(({ ctx, next }) => {
  const memberId = ctx.caller.memberId;
  if (!memberIdSchema.safeParse(memberId).success) {
    throw new MessageError({ code: 'UNAUTHORIZED', key: 'signInAgain' });
  }
  return next({ ctx: { ...ctx, memberId } });
});
