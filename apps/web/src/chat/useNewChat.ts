'use client';

import { useRouter } from 'next/navigation';
import { useCallback } from 'react';
import { CHAT_PATH } from './chatUrls';

/** "New chat": an empty conversation at /chat; also where the page goes when the thread on screen is deleted. */
export function useNewChat(startNew: () => void, shownThread: { readonly current: string | null }) {
  const router = useRouter();
  const newChat = useCallback(() => {
    startNew();
    router.push(CHAT_PATH);
  }, [router, startNew]);
  const onDeleted = useCallback(
    (threadId: string) => {
      if (shownThread.current === threadId) newChat();
    },
    [newChat, shownThread],
  );
  return { newChat, onDeleted };
}
