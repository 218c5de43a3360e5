'use client';

import { CHAT_STATUS_LABELS } from '@scentence/api/schemas';
import { useI18n } from '../i18n/I18nProvider';
import { labelIn } from '../i18n/locale';
import type { PendingAnswer } from './conversationState';

// From the moment a message leaves, the backend is reading it: its first step shows until a status says otherwise.
const FIRST_STEP = CHAT_STATUS_LABELS[0]!;

/** What the answer being written is doing now ("취향을 정리하는 중…", "향수를 고르는 중…"), announced politely. */
export function ChatStatusLine({ status }: { status: PendingAnswer['status'] }) {
  const { locale } = useI18n();
  return (
    <p className="chat-status" role="status" data-testid="chat-status" data-status={status?.status ?? FIRST_STEP.key}>
      <span className="chat-status__dots" aria-hidden="true" />
      {status ? status.text[locale] : labelIn(locale, FIRST_STEP)}
    </p>
  );
}
