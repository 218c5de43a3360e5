'use client';

import { useI18n } from '../i18n/I18nProvider';
import { ChatCards } from './ChatCards';
import { ChatStatusLine } from './ChatStatusLine';
import type { PendingAnswer } from './conversationState';

/** The person's message just sent, and the answer as it is being written: status, text so far, cards once chosen. */
export function ChatPendingAnswer({ pending }: { pending: PendingAnswer }) {
  const { t } = useI18n();
  return (
    <>
      <li className="chat-message chat-message--user" data-testid="chat-user-message">
        <p className="visually-hidden">{t.chat.you}</p>
        <p className="chat-message__text">{pending.question}</p>
      </li>
      <li className="chat-message chat-message--assistant chat-message--pending" data-testid="chat-pending-answer">
        <p className="visually-hidden">{t.chat.assistant}</p>
        <ChatStatusLine status={pending.status} />
        {pending.text ? (
          <p className="chat-message__text" data-testid="chat-streamed-text">
            {pending.text}
          </p>
        ) : null}
        <ChatCards cards={pending.cards} />
      </li>
    </>
  );
}
