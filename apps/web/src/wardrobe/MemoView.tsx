'use client';

import type { RefObject } from 'react';
import { useI18n } from '../i18n/I18nProvider';

interface MemoViewProps {
  memo: string;
  testId: string;
  editButton: RefObject<HTMLButtonElement | null>;
  onEdit: () => void;
}

/** The memo as text (or a word that there is none) with a button to edit it. */
export function MemoView({ memo, testId, editButton, onEdit }: MemoViewProps) {
  const text = useI18n().t.wardrobe.entry;
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
        onClick={onEdit}
      >
        {text.editMemo}
      </button>
    </div>
  );
}
