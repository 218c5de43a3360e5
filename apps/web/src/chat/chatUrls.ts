/** The chat page. */
export const CHAT_PATH = '/chat';

/** The chat page with one thread open. */
export function threadHref(threadId: string): string {
  return `${CHAT_PATH}?thread=${encodeURIComponent(threadId)}`;
}
