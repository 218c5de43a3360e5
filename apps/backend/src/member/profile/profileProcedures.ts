import { operationDocs } from '@scentence/api';
import {
  changePasswordInputSchema,
  memberProfileSchema,
  passwordChangeSchema,
  updateProfileInputSchema,
  withdrawalSchema,
  withdrawInputSchema,
} from '@scentence/api/schemas';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { TOO_MANY_WRONG_PASSWORDS } from '../shared/memberErrorDocs';
import type { MemberProcedure } from '../shared/memberMiddleware';
import type { MemberServices } from '../shared/memberServices';
import { toMemberProfile } from '../shared/memberViews';

const docs = operationDocs('members');

/** The signed-in member's own account; there is no way to name another member here. */
export function profileProcedures(memberProcedure: MemberProcedure, services: () => MemberServices) {
  return {
    me: memberProcedure
      .meta(docs.get('/members/me', 'My profile'))
      .input(z.object({}))
      .output(memberProfileSchema)
      .query(({ ctx }) => toMemberProfile(ctx.member, services().deps.storage)),

    updateProfile: memberProcedure
      .meta(
        docs.patch('/members/me', 'Change my nickname, user mode or secondary email', {
          errors: { 400: 'Also when the nickname is taken (`issues` names `nickname`).' },
        }),
      )
      .input(updateProfileInputSchema)
      .output(memberProfileSchema)
      .mutation(({ ctx, input }) => services().profiles.update(ctx.member, input)),

    changePassword: memberProcedure
      .meta(
        docs.put('/members/me/password', 'Change my password', {
          errors: {
            400: 'Also when the current password is wrong or the account has none, or the new one is the same (`issues` names the field).',
            429: TOO_MANY_WRONG_PASSWORDS,
          },
        }),
      )
      .input(changePasswordInputSchema)
      .output(passwordChangeSchema)
      .mutation(async ({ ctx, input }) => {
        await services().profiles.changePassword(ctx.member, input);
        return { changed: true };
      }),

    withdraw: memberProcedure
      .meta(
        docs.post('/members/me/withdrawal', 'Withdraw (recoverable for 30 days)', {
          errors: {
            400: 'Also when the password is missing or wrong (`issues` names `password`).',
            429: TOO_MANY_WRONG_PASSWORDS,
          },
        }),
      )
      .input(withdrawInputSchema)
      .output(withdrawalSchema)
      .mutation(({ ctx, input }) => services().profiles.withdraw(ctx.member, input.password)),
  } satisfies TRPCRouterRecord;
}
