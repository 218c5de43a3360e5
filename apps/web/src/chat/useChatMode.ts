'use client';

import type { ChatMessage, UserMode } from '@scentence/api/schemas';
import { useState } from 'react';
import { trpc } from '../trpc/client';

/**
 * The beginner/expert mode: `sent` only once chosen here or in this thread (otherwise the backend
 * uses the member's own; a guest's is beginner), `shown` is what the switch shows.
 */
export function useChatMode(signedIn: boolean, lastAnswer: ChatMessage | null) {
  const me = trpc.member.me.useQuery({}, { enabled: signedIn });
  const [chosen, setChosen] = useState<UserMode | null>(null);
  const sent = chosen ?? lastAnswer?.mode ?? undefined;
  const shown: UserMode = sent ?? me.data?.userMode ?? 'beginner';
  return { sent, shown, choose: setChosen };
}
