'use client';

import type { Preference } from '@scentence/api/schemas';
import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { ConfirmDialog } from './ConfirmDialog';
import { PreferenceChoice } from './PreferenceChoice';

interface UseUpDialogProps {
  /** The perfume's brand and name as the member reads them. */
  name: string;
  /** The preference the question starts from: the entry's, when the dialog opens. */
  preference: Preference;
  busy: boolean;
  onClose: () => void;
  onConfirm: (preference: Preference) => void;
}

/** Asks how the member liked a perfume they have used up before it moves to HAD. */
export function UseUpDialog({ name, preference: initial, busy, onClose, onConfirm }: UseUpDialogProps) {
  const { t } = useI18n();
  const text = t.wardrobe;
  const [preference, setPreference] = useState<Preference>(initial);
  return (
    <ConfirmDialog
      title={text.useUp.title}
      confirmLabel={text.useUp.confirm}
      cancelLabel={text.entry.cancel}
      busy={busy}
      onClose={onClose}
      onConfirm={() => onConfirm(preference)}
      testId="use-up-dialog"
    >
      <p className="wardrobe-dialog__name">{name}</p>
      <p>{text.useUp.question}</p>
      <PreferenceChoice
        legend={text.entry.preference}
        value={preference}
        onChange={setPreference}
        testId="use-up-preference"
      />
    </ConfirmDialog>
  );
}
