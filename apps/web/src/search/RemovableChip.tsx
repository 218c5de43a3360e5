'use client';

import { useI18n } from '../i18n/I18nProvider';

export interface RemovableChipProps {
  label: string;
  testId: string;
  onRemove: () => void;
  /** An accord's colour, shown as a dot before the label. */
  colour?: string;
  /** Names the chip for tests and scripts (a filter's key, an accord…). */
  chipKey?: string;
}

/** A chosen filter value; pressing it takes it off again. Its name says so: "우디 빼기". */
export function RemovableChip({ label, testId, onRemove, colour, chipKey }: RemovableChipProps) {
  const { t } = useI18n();
  return (
    <button
      type="button"
      className="chip chip--removable"
      data-testid={testId}
      data-chip={chipKey}
      aria-label={t.search.remove(label)}
      onClick={onRemove}
    >
      {colour ? <span className="chip__dot" style={{ backgroundColor: colour }} aria-hidden="true" /> : null}
      {label}
      <span className="chip__remove" aria-hidden="true">
        ×
      </span>
    </button>
  );
}
