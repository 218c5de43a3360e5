'use client';

import { useEffect, useRef } from 'react';
import { CHAT_PATH } from './chatUrls';

interface ChatAddress {
  /** Adopting a guest's threads comes first. */
  ready: boolean;
  /** `?thread=`: the thread the address names. */
  threadParam: string | null;
  /** `?q=`: a first message to send at once. */
  firstMessage: string | null;
  /** The thread on screen, known before React renders. */
  shownThread: { readonly current: string | null };
  open: (threadId: string) => Promise<void>;
  startNew: () => void;
  sendText: (text: string) => void;
}

/**
 * The address decides the thread on screen: a thread picked from the list, "new chat", back and
 * forward; `?q=` is sent once and then taken off the address.
 */
export function useChatAddress({
  ready,
  threadParam,
  firstMessage,
  shownThread,
  open,
  startNew,
  sendText,
}: ChatAddress) {
  const firstMessageSent = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a change of address (or readiness) opens another thread
  useEffect(() => {
    if (!ready) return;
    if (threadParam) {
      if (threadParam !== shownThread.current) void open(threadParam);
    } else if (firstMessage && !firstMessageSent.current) {
      firstMessageSent.current = true;
      window.history.replaceState(null, '', CHAT_PATH);
      sendText(firstMessage);
    } else if (shownThread.current !== null) {
      startNew();
    }
  }, [ready, threadParam, firstMessage]);
}
