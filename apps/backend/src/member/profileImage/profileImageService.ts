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

/** A storage call; a store that is down is a 503, not a 500. */
async function store<T>(deps: MemberDependencies, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ObjectTooLargeError || error instanceof TRPCError) throw error;
    deps.log('profile image storage failed', error);
    throw memberError('SERVICE_UNAVAILABLE', 'storageUnavailable', {}, error);
  }
}

/** Cleanup that may fail without failing the request (the new image is already in place). */
async function deleteQuietly(deps: MemberDependencies, key: string | null): Promise<void> {
  if (!key) return;
  await deps.storage.delete(key).catch((error: unknown) => deps.log(`could not delete ${key}`, error));
}

async function createUpload(
  deps: MemberDependencies,
  member: MemberRecord,
  input: z.output<typeof profileImageUploadInputSchema>,
): Promise<ProfileImageUpload> {
  const uploadKey = newUploadKey(member.id);
  const expiresAt = new Date(deps.clock().getTime() + UPLOAD_TTL_MS);
  const target = await store(deps, () =>
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
}

/** The uploaded file, checked and re-encoded; a file that is not an acceptable image is deleted and refused. */
async function readUploadedImage(deps: MemberDependencies, member: MemberRecord, uploadKey: string): Promise<Buffer> {
  // Someone else's upload is as absent as one that never happened.
  if (!uploadKeyBelongsTo(uploadKey, member.id)) throw memberError('NOT_FOUND', 'uploadNotFound');
  let bytes: Buffer | null;
  try {
    bytes = await store(deps, () => deps.storage.read(uploadKey, PROFILE_IMAGE_MAX_BYTES));
  } catch (error) {
    if (!(error instanceof ObjectTooLargeError)) throw error;
    await deleteQuietly(deps, uploadKey);
    throw fieldError('uploadKey', 'imageTooLarge');
  }
  if (!bytes) throw memberError('NOT_FOUND', 'uploadNotFound');
  try {
    return await toProfileImage(bytes);
  } catch (error) {
    if (!(error instanceof ImageRejectedError)) throw error;
    await deleteQuietly(deps, uploadKey);
    throw fieldError('uploadKey', REJECTION_MESSAGES[error.reason]);
  }
}

async function confirm(deps: MemberDependencies, member: MemberRecord, uploadKey: string): Promise<MemberProfile> {
  const image = await readUploadedImage(deps, member, uploadKey);
  const imageKey = newProfileImageKey();
  await store(deps, () => deps.storage.write(imageKey, image, 'image/webp'));
  let swap: Awaited<ReturnType<typeof deps.members.swapProfileImage>>;
  try {
    swap = await deps.members.swapProfileImage(member.id, imageKey);
  } catch (error) {
    await deleteQuietly(deps, imageKey);
    throw error;
  }
  if (!swap) {
    await deleteQuietly(deps, imageKey);
    throw memberError('UNAUTHORIZED', 'signInAgain');
  }
  await Promise.all([deleteQuietly(deps, swap.previousKey), deleteQuietly(deps, uploadKey)]);
  return toMemberProfile(swap.member, deps.storage);
}

async function remove(deps: MemberDependencies, member: MemberRecord): Promise<MemberProfile> {
  const swap = await deps.members.swapProfileImage(member.id, null);
  if (!swap) throw memberError('UNAUTHORIZED', 'signInAgain');
  await deleteQuietly(deps, swap.previousKey);
  return toMemberProfile(swap.member, deps.storage);
}

/**
 * Profile images: the browser uploads to a temporary key, then `confirm` checks and re-encodes
 * the file, stores it under its own key, points the member at it, and only then deletes the old
 * image and the upload. Any failure before the switch leaves the old image in place.
 */
export function createProfileImageService(deps: MemberDependencies) {
  return {
    createUpload: (member: MemberRecord, input: z.output<typeof profileImageUploadInputSchema>) =>
      createUpload(deps, member, input),
    confirm: (member: MemberRecord, uploadKey: string) => confirm(deps, member, uploadKey),
    remove: (member: MemberRecord) => remove(deps, member),
  };
}
