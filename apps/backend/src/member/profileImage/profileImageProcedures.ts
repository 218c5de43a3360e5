import { operationDocs } from '@scentence/api';
import {
  confirmProfileImageInputSchema,
  memberProfileSchema,
  profileImageUploadInputSchema,
  profileImageUploadSchema,
} from '@scentence/api/schemas';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import type { MemberProcedure } from '../shared/memberMiddleware';
import type { MemberServices } from '../shared/memberServices';

const IMAGE_STORAGE_DOWN = 'Also when the image storage is unavailable.';
const docs = operationDocs('members');

/** Upload (straight to storage), confirm (check, re-encode, switch), remove. */
export function profileImageProcedures(memberProcedure: MemberProcedure, services: () => MemberServices) {
  return {
    createUpload: memberProcedure
      .meta(
        docs.post('/members/me/profile-image/uploads', 'Where to PUT a new profile image', {
          errors: { 503: IMAGE_STORAGE_DOWN },
        }),
      )
      .input(profileImageUploadInputSchema)
      .output(profileImageUploadSchema)
      .mutation(({ ctx, input }) => services().images.createUpload(ctx.member, input)),

    confirm: memberProcedure
      .meta(
        docs.put('/members/me/profile-image', 'Check the uploaded file and make it my profile image', {
          errors: {
            400: 'Also when the uploaded file is too large, not a JPEG, PNG, WebP or GIF image, or of the wrong size (`issues` names `uploadKey`).',
            404: 'No upload of this member has this key, or it has expired (`NOT_FOUND`).',
            503: IMAGE_STORAGE_DOWN,
          },
        }),
      )
      .input(confirmProfileImageInputSchema)
      .output(memberProfileSchema)
      .mutation(({ ctx, input }) => services().images.confirm(ctx.member, input.uploadKey)),

    remove: memberProcedure
      .meta(docs.delete('/members/me/profile-image', 'Remove my image'))
      .input(z.object({}))
      .output(memberProfileSchema)
      .mutation(({ ctx }) => services().images.remove(ctx.member)),
  } satisfies TRPCRouterRecord;
}
