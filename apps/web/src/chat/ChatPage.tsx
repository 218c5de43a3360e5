'use client';

import type { ChatMessage, UserMode } from '@scentence/api/schemas';
import { useRouter, useSearchParams } from 'next/navigation';
import { useSession } from 'next-auth/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { trpc } from '../trpc/client';
import { ChatComposer } from './ChatComposer';
import { ChatExamples } from './ChatExamples';
import { ChatGuestNote } from './ChatGuestNote';
import { ChatMessageList } from './ChatMessageList';
import { ChatModeSwitch } from './ChatModeSwitch';
import { ChatProblemNotice } from './ChatProblemNotice';
import { ChatSuggestions } from './ChatSuggestions';
import { ChatThreadList } from './ChatThreadList';
import { CHAT_PATH, threadHref } from './chatUrls';
import { useChatConversation } from './useChatConversation';
import { useGuestAdoption } from './useGuestAdoption';
import './chat.css';

function lastAnswerOf(messages: readonly ChatMessage[]): ChatMessage | null {
  const last = messages.at(-1);
  return last?.role === 'assistant' ? last : null;
}

/**
 * /chat: the conversation (the answer streams in with its status and perfume cards), suggested
 * replies, the beginner/expert switch, and for members their threads. `?thread=` is the thread on
 * screen; `?q=` is a first message to send at once (the home page's box).
 */
export function ChatPage() {
  const { t } = useI18n();
  const router = useRouter();
  const params = useSearchParams();
  const threadParam = params.get('thread');
  const firstMessage = params.get('q');
  const { status } = useSession();
  const signedIn = status === 'authenticated';
  const ready = useGuestAdoption(status !== 'loading', signedIn);
  const me = trpc.member.me.useQuery({}, { enabled: signedIn });
  const [chosenMode, setChosenMode] = useState<UserMode | null>(null);
  const [draft, setDraft] = useState('');
  const firstMessageSent = useRef(false);

  const onThreadStarted = useCallback((threadId: string) => {
    // The address names the thread at once, so that a reload or signing in comes back to it.
    window.history.replaceState(null, '', threadHref(threadId));
  }, []);
  const { conversation, shownThread, send, open, startNew } = useChatConversation({ signedIn, onThreadStarted });
  const lastAnswer = lastAnswerOf(conversation.messages);
  // Sent only once chosen here or in this thread; otherwise the backend uses the member's own (a guest's: beginner).
  const sentMode = chosenMode ?? lastAnswer?.mode ?? undefined;
  const shownMode: UserMode = sentMode ?? me.data?.userMode ?? 'beginner';
  const busy = conversation.pending !== null || conversation.loading;
  // Where signing in comes back to: the thread on screen, or the one the address names while it loads.
  const returnThread = conversation.threadId ?? threadParam;
  const returnTo = returnThread ? threadHref(returnThread) : CHAT_PATH;

  const sendText = useCallback(
    (text: string) => {
      setDraft('');
      void send(text, sentMode);
    },
    [send, sentMode],
  );

  // The address decides the thread on screen: a thread picked from the list, "new chat", back and forward.
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

  // A message that did not go comes back to the composer.
  useEffect(() => {
    if (conversation.unsent) setDraft(conversation.unsent);
  }, [conversation.unsent]);

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

  const empty = conversation.messages.length === 0 && conversation.pending === null && !conversation.loading;
  return (
    <div className={signedIn ? 'chat-layout chat-layout--member' : 'chat-layout'} data-testid="chat-page">
      {signedIn ? (
        <ChatThreadList
          enabled={ready}
          currentThread={conversation.threadId}
          onNewChat={newChat}
          onDeleted={onDeleted}
        />
      ) : null}
      <section className="chat-main" aria-busy={conversation.loading} data-testid="chat-main">
        <div className="chat-main__bar">
          <ChatModeSwitch mode={shownMode} onChange={setChosenMode} />
        </div>
        {status === 'unauthenticated' ? <ChatGuestNote returnTo={returnTo} /> : null}
        {empty && conversation.problem === null ? <ChatExamples disabled={!ready} onPick={sendText} /> : null}
        {conversation.loading ? (
          <p className="chat-loading" role="status" data-testid="chat-loading">
            {t.chat.loadingThread}
          </p>
        ) : null}
        <ChatMessageList messages={conversation.messages} pending={conversation.pending} />
        {conversation.problem ? (
          <ChatProblemNotice
            problem={conversation.problem}
            returnTo={returnTo}
            canRetry={conversation.unsent !== null}
            onRetry={() => conversation.unsent && sendText(conversation.unsent)}
            onNewChat={newChat}
          />
        ) : null}
        {lastAnswer && !busy ? (
          <ChatSuggestions
            suggestions={lastAnswer.suggestions}
            lang={lastAnswer.locale}
            disabled={!ready}
            onPick={sendText}
          />
        ) : null}
        <ChatComposer draft={draft} onDraftChange={setDraft} busy={busy || !ready} onSend={sendText} />
      </section>
    </div>
  );
}
