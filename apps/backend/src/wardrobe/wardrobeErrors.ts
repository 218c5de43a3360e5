import { MessageError } from '@scentence/api';
import type { WardrobeMessageKey } from '@scentence/api/schemas';

/** What the wardrobe procedures' own errors mean, for the API documents (`errors` in their meta). */
export const NO_SUCH_PERFUME = 'No perfume has this id (`NOT_FOUND`).';
export const NOT_IN_WARDROBE =
  "The perfume is not in the signed-in member's wardrobe (`NOT_FOUND`); another member's entries are never found.";

export function perfumeNotFound(): MessageError {
  return new MessageError({ code: 'NOT_FOUND', key: 'perfumeNotFound' satisfies WardrobeMessageKey });
}

export function entryNotFound(): MessageError {
  return new MessageError({ code: 'NOT_FOUND', key: 'entryNotFound' satisfies WardrobeMessageKey });
}

/** A whole imported file refused (not JSON, no header …): a 400 naming `content`. */
export function fileRefused(key: WardrobeMessageKey, params: Record<string, string | number> = {}): MessageError {
  return new MessageError({ code: 'BAD_REQUEST', key, params, field: 'content' });
}
