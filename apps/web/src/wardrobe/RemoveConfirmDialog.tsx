'use client';

import { useI18n } from '../i18n/I18nProvider';
import { ConfirmDialog } from './ConfirmDialog';

interface RemoveConfirmDialogProps {
  /** The perfume's brand and name as the member reads them. */
  name: string;
  busy: boolean;
  onClose: () => void;
  onConfirm: () => void;
  testId: string;
}

/** Asks before a perfume is taken out of the wardrobe. */
export function RemoveConfirmDialog({ name, busy, onClose, onConfirm, testId }: RemoveConfirmDialogProps) {
  const { t } = useI18n();
  return (
    <ConfirmDialog
      title={t.wardrobe.remove.title}
      confirmLabel={t.wardrobe.remove.confirm}
      cancelLabel={t.wardrobe.entry.cancel}
      danger
      busy={busy}
      onClose={onClose}
      onConfirm={onConfirm}
      testId={testId}
    >
      <p className="wardrobe-dialog__name">{name}</p>
      <p>{t.wardrobe.remove.body}</p>
    </ConfirmDialog>
  );
}
