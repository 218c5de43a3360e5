'use client';

import { chatAdoptedSchema } from '@scentence/api/schemas';
import { useEffect, useState } from 'react';
import { trpc } from '../trpc/client';
import { postChat } from './chatStream';

const ADOPT_URL = '/api/chat/adopt';

/**
 * After signing in, the guest's threads become the member's: once per visit of the page the chat
 * route hands the guest cookie's token to `chat.adopt` and removes the cookie (without a cookie it
 * answers at once). True once the page may read the member's threads; a guest is ready at once.
 */
export function useGuestAdoption(sessionKnown: boolean, signedIn: boolean): boolean {
  const utils = trpc.useUtils();
  const [adopted, setAdopted] = useState(false);

  useEffect(() => {
    if (!signedIn) return;
    const controller = new AbortController();
    postChat(ADOPT_URL, {}, controller.signal)
      .then(async (response) => {
        const adoptedThreads = chatAdoptedSchema.safeParse(await response.json()).data?.threads ?? [];
        if (adoptedThreads.length > 0) await utils.chat.threads.invalidate();
      })
      // The guest's threads stay theirs for now; the member's own are readable all the same.
      .catch(() => undefined)
      .finally(() => {
        if (!controller.signal.aborted) setAdopted(true);
      });
    return () => controller.abort();
  }, [signedIn, utils]);

  return sessionKnown && (!signedIn || adopted);
}
