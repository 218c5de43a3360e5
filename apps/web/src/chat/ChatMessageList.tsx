'use client';

import type { ChatMessage } from '@scentence/api/schemas';
import { useLayoutEffect, useRef } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { ChatMessageItem } from './ChatMessageItem';
import { ChatPendingAnswer } from './ChatPendingAnswer';
import type { PendingAnswer } from './conversationState';

/** Room left above the latest question when it is scrolled to the top of the log. */
const QUESTION_MARGIN_PX = 12;

interface ChatMessageListProps {
  messages: readonly ChatMessage[];
  pending: PendingAnswer | null;
}

/**
 * The conversation as a log: new messages are announced once complete (it is busy while an
 * answer streams in). The latest question is brought to the top of the log, so that its answer
 * is read from its beginning as it comes in below.
 */
export function ChatMessageList({ messages, pending }: ChatMessageListProps) {
  const { t } = useI18n();
  const list = useRef<HTMLDivElement>(null);
  const questions = messages.filter((message) => message.role === 'user').length + (pending ? 1 : 0);
  // Another thread opened may have as many questions: its first message tells them apart.
  const opened = messages[0]?.createdAt;
  /** Where the latest question sits at the top; reached as the answer grows below it, unless the reader scrolls. */
  const target = useRef<number | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new question or another thread is the moment to scroll
  useLayoutEffect(() => {
    const asked = list.current?.querySelectorAll<HTMLElement>('[data-testid="chat-user-message"]');
    const question = asked?.[asked.length - 1];
    target.current = question ? Math.max(0, question.offsetTop - QUESTION_MARGIN_PX) : null;
  }, [questions, opened]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: every piece of the answer makes room to scroll further
  useLayoutEffect(() => {
    const log = list.current;
    if (!log || target.current === null) return;
    log.scrollTop = target.current;
    // Until the answer below is long enough, the log cannot scroll that far yet.
    if (log.scrollTop >= target.current - 1) target.current = null;
  }, [questions, opened, pending, messages]);

  return (
    <div
      ref={list}
      className="chat-log"
      role="log"
      aria-label={t.chat.conversationLabel}
      aria-busy={pending !== null}
      // A scrollable region must be reachable from the keyboard (WCAG 2.1.1).
      tabIndex={messages.length > 0 || pending ? 0 : undefined}
      data-testid="chat-log"
      onWheel={() => {
        target.current = null;
      }}
      onTouchMove={() => {
        target.current = null;
      }}
    >
      <ol className="chat-messages">
        {messages.map((message) => (
          <ChatMessageItem key={message.seq} message={message} />
        ))}
        {pending ? <ChatPendingAnswer pending={pending} /> : null}
      </ol>
    </div>
  );
}
