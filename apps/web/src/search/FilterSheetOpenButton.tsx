'use client';

import { useI18n } from '../i18n/I18nProvider';

interface FilterSheetOpenButtonProps {
  /** How many filters are in effect, shown on the button. */
  active: number;
  open: boolean;
  onOpen: () => void;
}

/** The button that opens the filter sheet, with how many filters are active. */
export function FilterSheetOpenButton({ active, open, onOpen }: FilterSheetOpenButtonProps) {
  const { t } = useI18n();
  return (
    <button
      type="button"
      className="filter-sheet__open button button--quiet"
      aria-haspopup="dialog"
      aria-expanded={open}
      data-testid="filter-sheet-open"
      onClick={onOpen}
    >
      {t.filterSheet.open}
      {active > 0 ? (
        <>
          <span className="filter-panel__count" aria-hidden="true">
            {active}
          </span>
          <span className="visually-hidden">{t.search.selectedCount(active)}</span>
        </>
      ) : null}
    </button>
  );
}
