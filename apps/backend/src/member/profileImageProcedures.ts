import {
  confirmProfileImageInputSchema,
  memberProfileSchema,
  profileImageUploadInputSchema,
  profileImageUploadSchema,
} from '@scentence/api/schemas';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import type { createMemberProcedures } from './memberProcedures';
import type { MemberServices } from './memberServices';

const tags = ['members'];
type MemberProcedure = ReturnType<typeof createMemberProcedures>['memberProcedure'];

/** Upload (straight to storage), confirm (check, re-encode, switch), remove. */
export function profileImageProcedures(memberProcedure: MemberProcedure, services: () => MemberServices) {
  return {
    createUpload: memberProcedure
      .meta({
        openapi: {
          method: 'POST',
          path: '/members/me/profile-image/uploads',
          tags,
          protect: true,
          summary: 'Where to PUT a new profile image',
        },
      })
      .input(profileImageUploadInputSchema)
      .output(profileImageUploadSchema)
      .mutation(({ ctx, input }) => services().images.createUpload(ctx.member, input)),

    confirm: memberProcedure
      .meta({
        openapi: {
          method: 'PUT',
          path: '/members/me/profile-image',
          tags,
          protect: true,
          summary: 'Check the uploaded file and make it my profile image',
        },
      })
      .input(confirmProfileImageInputSchema)
      .output(memberProfileSchema)
      .mutation(({ ctx, input }) => services().images.confirm(ctx.member, input.uploadKey)),

    remove: memberProcedure
      .meta({
        openapi: {
          method: 'DELETE',
          path: '/members/me/profile-image',
          tags,
          protect: true,
          summary: 'Remove my image',
        },
      })
      .input(z.object({}))
      .output(memberProfileSchema)
      .mutation(({ ctx }) => services().images.remove(ctx.member)),
  } satisfies TRPCRouterRecord;
}
