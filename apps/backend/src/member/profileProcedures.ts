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
import type { createMemberProcedures } from './memberProcedures';
import type { MemberServices } from './memberServices';
import { toMemberProfile } from './memberViews';

const tags = ['members'];
type MemberProcedure = ReturnType<typeof createMemberProcedures>['memberProcedure'];

/** The signed-in member's own account; there is no way to name another member here. */
export function profileProcedures(memberProcedure: MemberProcedure, services: () => MemberServices) {
  return {
    me: memberProcedure
      .meta({ openapi: { method: 'GET', path: '/members/me', tags, protect: true, summary: 'My profile' } })
      .input(z.object({}))
      .output(memberProfileSchema)
      .query(({ ctx }) => toMemberProfile(ctx.member, services().deps.storage)),

    updateProfile: memberProcedure
      .meta({
        openapi: {
          method: 'PATCH',
          path: '/members/me',
          tags,
          protect: true,
          summary: 'Change my nickname, user mode or secondary email',
        },
      })
      .input(updateProfileInputSchema)
      .output(memberProfileSchema)
      .mutation(({ ctx, input }) => services().profiles.update(ctx.member, input)),

    changePassword: memberProcedure
      .meta({
        openapi: { method: 'PUT', path: '/members/me/password', tags, protect: true, summary: 'Change my password' },
      })
      .input(changePasswordInputSchema)
      .output(passwordChangeSchema)
      .mutation(async ({ ctx, input }) => {
        await services().profiles.changePassword(ctx.member, input);
        return { changed: true };
      }),

    withdraw: memberProcedure
      .meta({
        openapi: {
          method: 'POST',
          path: '/members/me/withdrawal',
          tags,
          protect: true,
          summary: 'Withdraw (recoverable for 30 days)',
        },
      })
      .input(withdrawInputSchema)
      .output(withdrawalSchema)
      .mutation(({ ctx, input }) => services().profiles.withdraw(ctx.member, input.password)),
  } satisfies TRPCRouterRecord;
}
