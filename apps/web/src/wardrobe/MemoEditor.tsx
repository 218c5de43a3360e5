'use client';

import { type FormEvent, useRef, useState } from 'react';
import { MemoForm } from './MemoForm';
import { MemoView } from './MemoView';

interface MemoEditorProps {
  memo: string;
  onSave: (memo: string) => Promise<boolean>;
  testId: string;
}

/** The memo as text, edited in place: 저장 (or Ctrl/⌘+Enter) keeps it, 취소 (or Esc) leaves it as it was. */
export function MemoEditor({ memo, onSave, testId }: MemoEditorProps) {
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
      <MemoView
        memo={memo}
        testId={testId}
        editButton={editButton}
        onEdit={() => {
          setDraft(memo);
          setEditing(true);
        }}
      />
    );
  }
  return (
    <MemoForm
      draft={draft}
      onDraft={setDraft}
      saving={saving}
      testId={testId}
      onSave={(event) => void save(event)}
      onCancel={stop}
    />
  );
}
