'use client';

import type { UserMode } from '@scentence/api/schemas';
import { useCallback, useEffect, useState } from 'react';

/**
 * The composer's text: sending empties it, and a message that did not go (`unsent`) comes back to it.
 */
export function useChatDraft(
  unsent: string | null,
  send: (text: string, mode: UserMode | undefined) => Promise<void>,
  mode: UserMode | undefined,
) {
  const [draft, setDraft] = useState('');
  const sendText = useCallback(
    (text: string) => {
      setDraft('');
      void send(text, mode);
    },
    [send, mode],
  );
  useEffect(() => {
    if (unsent) setDraft(unsent);
  }, [unsent]);
  return { draft, setDraft, sendText };
}
