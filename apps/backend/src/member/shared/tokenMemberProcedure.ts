import { MessageError, protectedProcedure } from '@scentence/api';
import { memberIdSchema } from '@scentence/api/schemas';

/**
 * A signed-in member, named by the bearer token alone (`ctx.memberId`): the wardrobe and chat
 * procedures never take a member id from their input or a header, and do not read member_db.
 */
export const tokenMemberProcedure = protectedProcedure.use(({ ctx, next }) => {
  const memberId = ctx.caller.memberId;
  if (!memberIdSchema.safeParse(memberId).success) {
    throw new MessageError({ code: 'UNAUTHORIZED', key: 'signInAgain' });
  }
  return next({ ctx: { ...ctx, memberId } });
});
