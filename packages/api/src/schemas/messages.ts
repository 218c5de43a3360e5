import { CHAT_MESSAGES } from './chat';
import { LAYERING_MESSAGES } from './layering';
import { MEMBER_MESSAGES } from './member';
import { type MessageTable, messageReaders } from './messageTemplate';
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
} as const satisfies MessageTable;

export type MessageKey = keyof typeof MESSAGES;
export const { isKey: isMessageKey, text: catalogMessage } = messageReaders(MESSAGES);
