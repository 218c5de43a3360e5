'use client';

import { useI18n } from '../i18n/I18nProvider';
import { trpc } from '../trpc/client';
import { ChatThreadItem } from './ChatThreadItem';

/** How many of the member's threads the list shows (the most recently active). */
const THREADS_SHOWN = 50;

interface ChatThreadListProps {
  /** Adopting a guest's threads comes first, so that the list includes them. */
  enabled: boolean;
  currentThread: string | null;
  onNewChat: () => void;
  onDeleted: (threadId: string) => void;
}

/** The member's threads, most recently active first, with "새 대화" on top. */
export function ChatThreadList({ enabled, currentThread, onNewChat, onDeleted }: ChatThreadListProps) {
  const { t } = useI18n();
  const text = t.chat.threads;
  const threads = trpc.chat.threads.useQuery({ limit: THREADS_SHOWN }, { enabled, staleTime: 0 });
  const items = threads.data?.items ?? [];
  return (
    <nav className="chat-threads" aria-labelledby="chat-threads-title" data-testid="chat-threads">
      <div className="chat-threads__head">
        <h2 id="chat-threads-title" className="chat-threads__title">
          {text.title}
        </h2>
        <button
          type="button"
          className="button button--quiet chat-thread__small"
          onClick={onNewChat}
          data-testid="chat-new"
        >
          {text.new}
        </button>
      </div>
      {threads.isPending ? (
        <p className="chat-threads__empty">{text.loading}</p>
      ) : items.length === 0 ? (
        <p className="chat-threads__empty" data-testid="chat-threads-empty">
          {text.empty}
        </p>
      ) : (
        <ul className="chat-threads__list">
          {items.map((thread) => (
            <ChatThreadItem
              key={thread.id}
              thread={thread}
              current={thread.id === currentThread}
              onDeleted={onDeleted}
            />
          ))}
        </ul>
      )}
    </nav>
  );
}
