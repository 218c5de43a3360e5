'use client';

import { chatThreadSchema, type ErrorBody, type UserMode } from '@scentence/api/schemas';
import { useCallback, useEffect, useReducer, useRef } from 'react';
import { trpc } from '../trpc/client';
import { chatProblemOf } from './chatProblem';
import { postChat, streamChat } from './chatStream';
import { conversationReducer, emptyConversation } from './conversationState';
import { problemOfError } from './problemOfError';

const GUEST_THREAD_URL = '/api/chat/guest-thread';

function problemOfEventError(error: ErrorBody) {
  return chatProblemOf(error.code === 'SERVICE_UNAVAILABLE' ? 503 : 500, error, Date.now());
}

interface Options {
  signedIn: boolean;
  /** A thread was started by the message just sent (its id comes first in the stream). */
  onThreadStarted: (threadId: string) => void;
}

/**
 * The conversation on screen and what can be done with it: send a message (its answer streams in),
 * open a past thread (a member's through tRPC, a guest's through the chat route), start afresh.
 */
export function useChatConversation({ signedIn, onThreadStarted }: Options) {
  const [conversation, dispatch] = useReducer(conversationReducer, emptyConversation);
  const utils = trpc.useUtils();
  const inFlight = useRef<AbortController | null>(null);
  // Known at once, before React renders: a stream's thread event and the URL must agree with it.
  const shownThread = useRef<string | null>(null);
  const onThreadStartedRef = useRef(onThreadStarted);
  onThreadStartedRef.current = onThreadStarted;

  useEffect(() => () => inFlight.current?.abort(), []);

  const takeOver = useCallback(() => {
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    return controller;
  }, []);

  const send = useCallback(
    async (text: string, mode: UserMode | undefined) => {
      const controller = takeOver();
      const threadId = shownThread.current;
      dispatch({ type: 'sending', text });
      let finished = false;
      try {
        for await (const event of streamChat({ text, mode, threadId: threadId ?? undefined }, controller.signal)) {
          if (event.type === 'thread' && event.threadId !== shownThread.current) {
            shownThread.current = event.threadId;
            onThreadStartedRef.current(event.threadId);
          }
          if (event.type === 'error') {
            dispatch({ type: 'failed', problem: problemOfEventError(event.error) });
            finished = true;
            break;
          }
          dispatch({ type: 'event', event });
          if (event.type === 'done') finished = true;
        }
        if (!finished) dispatch({ type: 'failed', problem: { kind: 'unavailable' } });
      } catch (error) {
        if (controller.signal.aborted) return;
        dispatch({ type: 'failed', problem: problemOfError(error) });
      }
      if (signedIn) void utils.chat.threads.invalidate();
    },
    [signedIn, takeOver, utils],
  );

  const open = useCallback(
    async (threadId: string) => {
      const controller = takeOver();
      shownThread.current = threadId;
      dispatch({ type: 'loading', threadId });
      try {
        const thread = signedIn
          ? await utils.client.chat.thread.query({ threadId }, { signal: controller.signal })
          : chatThreadSchema.parse(await (await postChat(GUEST_THREAD_URL, { threadId }, controller.signal)).json());
        if (!controller.signal.aborted) dispatch({ type: 'loaded', thread });
      } catch (error) {
        if (!controller.signal.aborted) dispatch({ type: 'failed', problem: problemOfError(error) });
      }
    },
    [signedIn, takeOver, utils],
  );

  const startNew = useCallback(() => {
    inFlight.current?.abort();
    shownThread.current = null;
    dispatch({ type: 'reset' });
  }, []);

  return { conversation, shownThread, send, open, startNew };
}
