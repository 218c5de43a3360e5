'use client';

import { MEMO_MAX_LENGTH } from '@scentence/api/schemas';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';

interface MemoEditorProps {
  memo: string;
  onSave: (memo: string) => Promise<boolean>;
  testId: string;
}

/** The memo as text, edited in place: 저장 (or Ctrl/⌘+Enter) keeps it, 취소 (or Esc) leaves it as it was. */
export function MemoEditor({ memo, onSave, testId }: MemoEditorProps) {
  const { t } = useI18n();
  const text = t.wardrobe.entry;
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(memo);
  const [saving, setSaving] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);

  function stop() {
    setEditing(false);
    // The edit button comes back after this render; focus returns to it.
    requestAnimationFrame(() => editButton.current?.focus());
  }

  async function save(event?: FormEvent) {
    event?.preventDefault();
    setSaving(true);
    const ok = await onSave(draft.trim());
    setSaving(false);
    if (ok) stop();
  }

  if (!editing) {
    return (
      <div className="memo" data-testid={testId}>
        <span className="memo__label">{text.memo}</span>
        <p
          className={memo ? 'memo__text' : 'memo__text memo__text--empty'}
          data-testid={`${testId}-text`}
          data-memo={memo}
        >
          {memo || text.noMemo}
        </p>
        <button
          ref={editButton}
          type="button"
          className="link-button memo__edit"
          data-testid={`${testId}-edit`}
          onClick={() => {
            setDraft(memo);
            setEditing(true);
          }}
        >
          {text.editMemo}
        </button>
      </div>
    );
  }
  return (
    <form className="memo memo--editing" onSubmit={save} data-testid={testId}>
      <label htmlFor={id} className="memo__label">
        {text.memo}
      </label>
      <textarea
        id={id}
        className="memo__input"
        value={draft}
        maxLength={MEMO_MAX_LENGTH}
        rows={3}
        // biome-ignore lint/a11y/noAutofocus: the reader pressed "write a memo" and expects to type at once
        autoFocus
        aria-describedby={`${id}-hint`}
        data-testid={`${testId}-input`}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            stop();
          } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            void save();
          }
        }}
      />
      <span id={`${id}-hint`} className="memo__hint">
        {text.memoHint}
      </span>
      <div className="memo__actions">
        <button type="submit" className="button memo__save" disabled={saving} data-testid={`${testId}-save`}>
          {text.saveMemo}
        </button>
        <button type="button" className="button button--quiet" onClick={stop}>
          {text.cancel}
        </button>
      </div>
    </form>
  );
}
