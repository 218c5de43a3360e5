import { adminProcedure, protectedProcedure } from '@scentence/api';
import { memberIdSchema } from '@scentence/api/schemas';
import { ACTIVE_MEMBER_STATUSES, type MemberRecord } from '@scentence/db';
import type { MemberDependencies } from './memberDependencies';
import { ACCOUNT_LOCKED } from './memberErrorDocs';
import { memberError } from './memberErrors';

/**
 * The token's member as member_db knows them now: a token minted before a lock, a withdrawal or
 * a role change does not outlive it.
 */
async function currentMember(deps: MemberDependencies, memberId: string): Promise<MemberRecord> {
  const member = memberIdSchema.safeParse(memberId).success ? await deps.members.findById(memberId) : null;
  if (member?.status === 'locked') throw memberError('FORBIDDEN', 'accountLocked');
  if (!member || !ACTIVE_MEMBER_STATUSES.includes(member.status)) throw memberError('UNAUTHORIZED', 'signInAgain');
  return member;
}

/**
 * The middleware of member procedures: a base procedure for a signed-in member (`ctx.member`) and
 * one for an admin (`ctx.member` is the admin), both checked against member_db on every call.
 */
export function createMemberMiddleware(deps: () => MemberDependencies) {
  const memberProcedure = protectedProcedure
    .use(async ({ ctx, next }) => next({ ctx: { ...ctx, member: await currentMember(deps(), ctx.caller.memberId) } }))
    .meta({ guardErrors: { 403: ACCOUNT_LOCKED } });
  const adminMemberProcedure = adminProcedure
    .use(async ({ ctx, next }) => {
      const member = await currentMember(deps(), ctx.caller.memberId);
      if (member.role !== 'admin') throw memberError('FORBIDDEN', 'adminsOnly');
      return next({ ctx: { ...ctx, member } });
    })
    .meta({ guardErrors: { 403: ACCOUNT_LOCKED } });
  return { memberProcedure, adminMemberProcedure };
}

export type MemberProcedure = ReturnType<typeof createMemberMiddleware>['memberProcedure'];
export type AdminMemberProcedure = ReturnType<typeof createMemberMiddleware>['adminMemberProcedure'];
