'use client';

import { CHAT_TEXT_MAX_LENGTH } from '@scentence/api/schemas';
import { type FormEvent, type KeyboardEvent, useId } from 'react';
import { TextField } from '../components/TextField';
import { useI18n } from '../i18n/I18nProvider';

interface ChatComposerProps {
  draft: string;
  onDraftChange: (text: string) => void;
  /** While an answer is being written, the next message waits. */
  busy: boolean;
  onSend: (text: string) => void;
}

/** Where the person writes: Enter sends, Shift+Enter starts a new line, and Enter that completes a Hangul syllable does neither. */
export function ChatComposer({ draft, onDraftChange, busy, onSend }: ChatComposerProps) {
  const { t } = useI18n();
  const text = t.chat.composer;
  const inputId = useId();
  const countId = useId();
  const ready = draft.trim().length > 0 && !busy;

  function submit(event?: FormEvent) {
    event?.preventDefault();
    if (ready) onSend(draft.trim());
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    submit();
  }

  return (
    <form className="chat-composer" onSubmit={submit} data-testid="chat-composer">
      <TextField
        multiline
        id={inputId}
        label={text.label}
        className="chat-composer__input"
        value={draft}
        rows={2}
        maxLength={CHAT_TEXT_MAX_LENGTH}
        placeholder={text.placeholder}
        aria-describedby={countId}
        data-testid="chat-input"
        onText={onDraftChange}
        onKeyDown={onKeyDown}
      />
      <div className="chat-composer__foot">
        <span id={countId} className="chat-composer__count">
          {text.count(draft.length)}
        </span>
        <button type="submit" className="button" disabled={!ready} aria-busy={busy} data-testid="chat-send">
          {text.send}
        </button>
      </div>
    </form>
  );
}
