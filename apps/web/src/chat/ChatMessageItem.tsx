'use client';

import type { ChatMessage } from '@scentence/api/schemas';
import { useI18n } from '../i18n/I18nProvider';
import { ChatCards } from './ChatCards';

/** One stored message: the person's in a bubble on the right, an answer with its perfume cards on the left. */
export function ChatMessageItem({ message }: { message: ChatMessage }) {
  const { t } = useI18n();
  const mine = message.role === 'user';
  return (
    <li
      className={`chat-message chat-message--${mine ? 'user' : 'assistant'}`}
      data-testid={mine ? 'chat-user-message' : 'chat-answer'}
      data-kind={message.kind ?? undefined}
      lang={message.locale}
    >
      <p className="visually-hidden">{mine ? t.chat.you : t.chat.assistant}</p>
      <p className="chat-message__text" data-testid="chat-message-text">
        {message.text}
      </p>
      {mine ? null : <ChatCards cards={message.cards} />}
    </li>
  );
}
