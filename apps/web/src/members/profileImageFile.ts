import { type MemberMessageKey, PROFILE_IMAGE_CONTENT_TYPES, PROFILE_IMAGE_MAX_BYTES } from '@scentence/api/schemas';

export type ProfileImageType = (typeof PROFILE_IMAGE_CONTENT_TYPES)[number];

export function isProfileImageType(type: string): type is ProfileImageType {
  return PROFILE_IMAGE_CONTENT_TYPES.some((allowed) => allowed === type);
}

/** Why a chosen file cannot be a profile image before it is sent anywhere, or null when it can. */
export function profileImageFileProblem(file: { type: string; size: number }): MemberMessageKey | null {
  if (!isProfileImageType(file.type)) return 'imageUnsupported';
  if (file.size > PROFILE_IMAGE_MAX_BYTES) return 'imageTooLarge';
  if (file.size === 0) return 'imageUnsupported';
  return null;
}
