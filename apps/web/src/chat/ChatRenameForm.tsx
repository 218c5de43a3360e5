'use client';

import { CHAT_TITLE_MAX_LENGTH } from '@scentence/api/schemas';
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';

interface ChatRenameFormProps {
  title: string;
  busy: boolean;
  onSave: (title: string) => void;
  onCancel: () => void;
}

/** A thread's name, edited in place: Enter saves, Escape cancels. */
export function ChatRenameForm({ title, busy, onSave, onCancel }: ChatRenameFormProps) {
  const { t } = useI18n();
  const text = t.chat.threads;
  const [value, setValue] = useState(title);
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();

  useEffect(() => {
    input.current?.select();
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onCancel();
  }

  return (
    <form
      className="chat-rename"
      data-testid="chat-rename-form"
      onSubmit={(event) => {
        event.preventDefault();
        const next = value.trim();
        if (next.length === 0 || next === title) onCancel();
        else onSave(next);
      }}
    >
      <label htmlFor={inputId} className="visually-hidden">
        {text.renameLabel}
      </label>
      <input
        ref={input}
        id={inputId}
        className="chat-rename__input"
        value={value}
        maxLength={CHAT_TITLE_MAX_LENGTH}
        onChange={(event) => setValue(event.target.value)}
        onKeyDown={onKeyDown}
        data-testid="chat-rename-input"
      />
      <div className="chat-rename__actions">
        <button type="submit" className="button chat-thread__small" disabled={busy} data-testid="chat-rename-save">
          {text.renameSave}
        </button>
        <button type="button" className="button button--quiet chat-thread__small" onClick={onCancel}>
          {text.cancel}
        </button>
      </div>
    </form>
  );
}
