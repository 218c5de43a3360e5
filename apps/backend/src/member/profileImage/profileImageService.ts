import {
  type MemberMessageKey,
  type MemberProfile,
  PROFILE_IMAGE_MAX_BYTES,
  type ProfileImageUpload,
  type profileImageUploadInputSchema,
} from '@scentence/api/schemas';
import type { MemberRecord } from '@scentence/db';
import { TRPCError } from '@trpc/server';
import type { z } from 'zod';
import { ImageRejectedError, type ImageRejection, toProfileImage } from '../../images/profileImage';
import { ObjectTooLargeError } from '../../storage/objectStorage';
import { newProfileImageKey, newUploadKey, uploadKeyBelongsTo } from '../../storage/storageKeys';
import type { MemberDependencies } from '../shared/memberDependencies';
import { fieldError, memberError } from '../shared/memberErrors';
import { toMemberProfile } from '../shared/memberViews';

const UPLOAD_TTL_MS = 10 * 60_000;

const REJECTION_MESSAGES = {
  too_large: 'imageTooLarge',
  unsupported: 'imageUnsupported',
  dimensions: 'imageDimensions',
} as const satisfies Record<ImageRejection, MemberMessageKey>;

/**
 * Profile images: the browser uploads to a temporary key, then `confirm` checks and re-encodes
 * the file, stores it under its own key, points the member at it, and only then deletes the old
 * image and the upload. Any failure before the switch leaves the old image in place.
 */
export function createProfileImageService(deps: MemberDependencies) {
  /** A storage call; a store that is down is a 503, not a 500. */
  async function store<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof ObjectTooLargeError || error instanceof TRPCError) throw error;
      deps.log('profile image storage failed', error);
      throw memberError('SERVICE_UNAVAILABLE', 'storageUnavailable', {}, error);
    }
  }

  /** Cleanup that may fail without failing the request (the new image is already in place). */
  async function deleteQuietly(key: string | null): Promise<void> {
    if (!key) return;
    await deps.storage.delete(key).catch((error: unknown) => deps.log(`could not delete ${key}`, error));
  }

  return {
    async createUpload(
      member: MemberRecord,
      input: z.output<typeof profileImageUploadInputSchema>,
    ): Promise<ProfileImageUpload> {
      const uploadKey = newUploadKey(member.id);
      const expiresAt = new Date(deps.clock().getTime() + UPLOAD_TTL_MS);
      const target = await store(() =>
        deps.storage.createUpload({
          key: uploadKey,
          contentType: input.contentType,
          contentLength: input.contentLength,
          expiresAt,
        }),
      );
      return {
        uploadUrl: target.url,
        method: 'PUT',
        headers: target.headers,
        uploadKey,
        expiresAt: expiresAt.toISOString(),
      };
    },

    async confirm(member: MemberRecord, uploadKey: string): Promise<MemberProfile> {
      // Someone else's upload is as absent as one that never happened.
      if (!uploadKeyBelongsTo(uploadKey, member.id)) throw memberError('NOT_FOUND', 'uploadNotFound');
      let bytes: Buffer | null;
      try {
        bytes = await store(() => deps.storage.read(uploadKey, PROFILE_IMAGE_MAX_BYTES));
      } catch (error) {
        if (!(error instanceof ObjectTooLargeError)) throw error;
        await deleteQuietly(uploadKey);
        throw fieldError('uploadKey', 'imageTooLarge');
      }
      if (!bytes) throw memberError('NOT_FOUND', 'uploadNotFound');

      let image: Buffer;
      try {
        image = await toProfileImage(bytes);
      } catch (error) {
        if (!(error instanceof ImageRejectedError)) throw error;
        await deleteQuietly(uploadKey);
        throw fieldError('uploadKey', REJECTION_MESSAGES[error.reason]);
      }

      const imageKey = newProfileImageKey();
      await store(() => deps.storage.write(imageKey, image, 'image/webp'));
      let swap: Awaited<ReturnType<typeof deps.members.swapProfileImage>>;
      try {
        swap = await deps.members.swapProfileImage(member.id, imageKey);
      } catch (error) {
        await deleteQuietly(imageKey);
        throw error;
      }
      if (!swap) {
        await deleteQuietly(imageKey);
        throw memberError('UNAUTHORIZED', 'signInAgain');
      }
      await Promise.all([deleteQuietly(swap.previousKey), deleteQuietly(uploadKey)]);
      return toMemberProfile(swap.member, deps.storage);
    },

    async remove(member: MemberRecord): Promise<MemberProfile> {
      const swap = await deps.members.swapProfileImage(member.id, null);
      if (!swap) throw memberError('UNAUTHORIZED', 'signInAgain');
      await deleteQuietly(swap.previousKey);
      return toMemberProfile(swap.member, deps.storage);
    },
  };
}
