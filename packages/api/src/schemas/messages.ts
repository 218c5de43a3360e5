import { CHAT_MESSAGES } from './chat';
import type { Locale, MessageParams } from './common';
import { LAYERING_MESSAGES } from './layering';
import { MEMBER_MESSAGES } from './member';
import { fillMessage } from './messageTemplate';
import { SCENTMAP_MESSAGES } from './scentmap';
import { WARDROBE_MESSAGES } from './wardrobeMessages';

/**
 * Every catalog message of every service, { ko, en } each. An error carries its key and
 * parameters (`messageKey`, `params`), and a client shows the text of its own language.
 */
export const MESSAGES = {
  ...MEMBER_MESSAGES,
  ...WARDROBE_MESSAGES,
  ...LAYERING_MESSAGES,
  ...SCENTMAP_MESSAGES,
  ...CHAT_MESSAGES,
} as const satisfies Record<string, Record<Locale, string>>;

export type MessageKey = keyof typeof MESSAGES;

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(MESSAGES, key);
}

/** A catalog message in one language, with its `{placeholders}` filled. */
export function catalogMessage(key: MessageKey, locale: Locale = 'ko', params: MessageParams = {}): string {
  return fillMessage(MESSAGES[key][locale], params);
}
