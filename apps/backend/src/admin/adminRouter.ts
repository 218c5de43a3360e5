import { operationDocs, router } from '@scentence/api';
import {
  adminMemberByIdInputSchema,
  adminMemberListInputSchema,
  adminMemberListSchema,
  adminMemberSchema,
  adminSetStatusInputSchema,
  purgeResultSchema,
} from '@scentence/api/schemas';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import type { MemberDependencies } from '../member/shared/memberDependencies';
import { memberError } from '../member/shared/memberErrors';
import { purgeExpiredWithdrawals } from '../member/shared/memberMaintenance';
import { type AdminMemberProcedure, createMemberMiddleware } from '../member/shared/memberMiddleware';
import type { MemberServices } from '../member/shared/memberServices';
import { toAdminMember } from '../member/shared/memberViews';

const docs = operationDocs('admin');
const NO_SUCH_MEMBER = 'No member has this id (`NOT_FOUND`).';

type Deps = () => MemberDependencies;

function listMembersProcedure(adminMemberProcedure: AdminMemberProcedure, deps: Deps) {
  return adminMemberProcedure
    .meta(docs.get('/admin/members', 'Members by email or nickname'))
    .input(adminMemberListInputSchema)
    .output(adminMemberListSchema)
    .query(async ({ input }) => {
      const page = await deps().members.list(input);
      return { ...page, items: page.items.map((member) => toAdminMember(member, deps().storage)) };
    });
}

function memberByIdProcedure(adminMemberProcedure: AdminMemberProcedure, deps: Deps) {
  return adminMemberProcedure
    .meta(docs.get('/admin/members/{id}', 'One member', { errors: { 404: NO_SUCH_MEMBER } }))
    .input(adminMemberByIdInputSchema)
    .output(adminMemberSchema)
    .query(async ({ input }) => {
      const member = await deps().members.findById(input.id);
      if (!member) throw memberError('NOT_FOUND', 'memberNotFound');
      return toAdminMember(member, deps().storage);
    });
}

function setMemberStatusProcedure(adminMemberProcedure: AdminMemberProcedure, deps: Deps) {
  return adminMemberProcedure
    .meta(
      docs.put('/admin/members/{id}/status', "Change a member's status (withdrawn purges at once)", {
        errors: {
          400: 'Also when an admin tries to change their own status.',
          404: NO_SUCH_MEMBER,
          409: 'The member has withdrawn for good (`CONFLICT`).',
        },
      }),
    )
    .input(adminSetStatusInputSchema)
    .output(adminMemberSchema)
    .mutation(async ({ ctx, input }) => {
      if (input.id === ctx.member.id) throw memberError('BAD_REQUEST', 'ownStatus');
      // A purge forgets the wardrobe first: should that fail, the member is not purged either.
      if (input.status === 'withdrawn') await deps().wardrobes?.deleteMembers([input.id]);
      const change = await deps().members.changeStatus(input.id, input.status, deps().clock());
      if (change === 'missing') throw memberError('NOT_FOUND', 'memberNotFound');
      if (change === 'withdrawn') throw memberError('CONFLICT', 'memberWithdrawn');
      for (const key of change.imageKeys) {
        await deps()
          .storage.delete(key)
          .catch((error: unknown) => deps().log(`could not delete ${key}`, error));
      }
      return toAdminMember(change.member, deps().storage);
    });
}

function purgeWithdrawalsProcedure(adminMemberProcedure: AdminMemberProcedure, deps: Deps) {
  return adminMemberProcedure
    .meta(docs.post('/admin/members/purge-withdrawals', 'Purge members whose 30 days of recovery have passed'))
    .input(z.object({}))
    .output(purgeResultSchema)
    .mutation(async () => ({ purged: await purgeExpiredWithdrawals(deps()) }));
}

/**
 * `admin.*`: the member list and status changes; admins only (by token and by member_db). Runs on
 * the member router's services (one set per process).
 */
export function createAdminRouter(services: () => MemberServices) {
  const deps = () => services().deps;
  const { adminMemberProcedure } = createMemberMiddleware(deps);
  return router({
    members: {
      list: listMembersProcedure(adminMemberProcedure, deps),
      byId: memberByIdProcedure(adminMemberProcedure, deps),
      setStatus: setMemberStatusProcedure(adminMemberProcedure, deps),
    },
    purgeWithdrawals: purgeWithdrawalsProcedure(adminMemberProcedure, deps),
  } satisfies TRPCRouterRecord);
}
