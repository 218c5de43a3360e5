'use client';

import type { ChatMessage } from '@scentence/api/schemas';
import { useSearchParams } from 'next/navigation';
import { useSession } from 'next-auth/react';
import { useCallback } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { ChatComposer } from './ChatComposer';
import { ChatExamples } from './ChatExamples';
import { ChatGuestNote } from './ChatGuestNote';
import { ChatMessageList } from './ChatMessageList';
import { ChatModeSwitch } from './ChatModeSwitch';
import { ChatProblemNotice } from './ChatProblemNotice';
import { ChatSuggestions } from './ChatSuggestions';
import { ChatThreadList } from './ChatThreadList';
import { CHAT_PATH, threadHref } from './chatUrls';
import { useChatAddress } from './useChatAddress';
import { useChatConversation } from './useChatConversation';
import { useChatDraft } from './useChatDraft';
import { useChatMode } from './useChatMode';
import { useGuestAdoption } from './useGuestAdoption';
import { useNewChat } from './useNewChat';
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
  const params = useSearchParams();
  const threadParam = params.get('thread');
  const { status } = useSession();
  const signedIn = status === 'authenticated';
  const ready = useGuestAdoption(status !== 'loading', signedIn);

  const onThreadStarted = useCallback((threadId: string) => {
    // The address names the thread at once, so that a reload or signing in comes back to it.
    window.history.replaceState(null, '', threadHref(threadId));
  }, []);
  const { conversation, shownThread, send, open, startNew } = useChatConversation({ signedIn, onThreadStarted });
  const lastAnswer = lastAnswerOf(conversation.messages);
  const mode = useChatMode(signedIn, lastAnswer);
  const busy = conversation.pending !== null || conversation.loading;
  // Where signing in comes back to: the thread on screen, or the one the address names while it loads.
  const returnThread = conversation.threadId ?? threadParam;
  const returnTo = returnThread ? threadHref(returnThread) : CHAT_PATH;

  const { draft, setDraft, sendText } = useChatDraft(conversation.unsent, send, mode.sent);
  useChatAddress({ ready, threadParam, firstMessage: params.get('q'), shownThread, open, startNew, sendText });

  const { newChat, onDeleted } = useNewChat(startNew, shownThread);

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
          <ChatModeSwitch mode={mode.shown} onChange={mode.choose} />
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
