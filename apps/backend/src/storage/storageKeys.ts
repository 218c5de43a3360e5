import { randomUUID } from 'node:crypto';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
export const UPLOAD_KEY_PATTERN = new RegExp(`^uploads/(${UUID})/(${UUID})$`);
export const PROFILE_IMAGE_KEY_PATTERN = new RegExp(`^profile_images/(${UUID})\\.webp$`);

/** A temporary upload; the member's id in the key ties it to whoever asked for it. */
export function newUploadKey(memberId: string): string {
  return `uploads/${memberId}/${randomUUID()}`;
}

export function uploadKeyBelongsTo(key: string, memberId: string): boolean {
  return UPLOAD_KEY_PATTERN.exec(key)?.[1] === memberId.toLowerCase();
}

export function newProfileImageKey(): string {
  return `profile_images/${randomUUID()}.webp`;
}
