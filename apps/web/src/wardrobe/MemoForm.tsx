'use client';

import { MEMO_MAX_LENGTH } from '@scentence/api/schemas';
import { type FormEvent, type KeyboardEvent, useId } from 'react';
import { TextField } from '../components/TextField';
import { useI18n } from '../i18n/I18nProvider';

interface MemoFormProps {
  draft: string;
  onDraft: (draft: string) => void;
  saving: boolean;
  testId: string;
  onSave: (event?: FormEvent) => void;
  onCancel: () => void;
}

/** The memo being written: 저장 (or Ctrl/⌘+Enter) keeps it, 취소 (or Esc) leaves it as it was. */
export function MemoForm({ draft, onDraft, saving, testId, onSave, onCancel }: MemoFormProps) {
  const text = useI18n().t.wardrobe.entry;
  const id = useId();

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      onSave();
    }
  }

  return (
    <form className="memo memo--editing" onSubmit={onSave} data-testid={testId}>
      <TextField
        multiline
        id={id}
        label={text.memo}
        labelClassName="memo__label"
        className="memo__input"
        value={draft}
        maxLength={MEMO_MAX_LENGTH}
        rows={3}
        // The reader pressed "write a memo" and expects to type at once.
        autoFocus
        aria-describedby={`${id}-hint`}
        data-testid={`${testId}-input`}
        onText={onDraft}
        onKeyDown={onKeyDown}
      />
      <span id={`${id}-hint`} className="memo__hint">
        {text.memoHint}
      </span>
      <div className="memo__actions">
        <button type="submit" className="button memo__save" disabled={saving} data-testid={`${testId}-save`}>
          {text.saveMemo}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {text.cancel}
        </button>
      </div>
    </form>
  );
}
